#include <stdlib.h>

static int digit(char c)
{
	if (c == '.' || c == '/')
		return c - '.';
	if (c >= '0' && c <= '9')
		return c - '0' + 2;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 12;
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 38;
	return -1;
}

/* The inverse of l64a: up to six digits, least significant first, the
   32-bit result sign-extended. */
long a64l(const char *s)
{
	unsigned long x = 0;

	for (int i = 0, d; i < 6 && (d = digit(s[i])) >= 0; i++)
		x |= (unsigned long)d << (6 * i);
	return (long)(int)(unsigned)x;
}
