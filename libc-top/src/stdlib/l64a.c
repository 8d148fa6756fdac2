#include <stdlib.h>

/* The low 32 bits of v in radix 64, least significant digit first, with
   the digits ./0-9A-Za-z; zero is the empty string. */
char *l64a(long v)
{
	static const char digits[] =
		"./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	static char buf[7];
	unsigned long x = (unsigned long)v & 0xffffffffu;
	int i = 0;

	for (; x; x >>= 6)
		buf[i++] = digits[x & 63];
	buf[i] = 0;
	return buf;
}
