#include <unistd.h>
#include "stdio_impl.h"

/* Fills s[0..n) with letters and digits that are hard to guess. A counter
   keeps the names apart when the host gives no entropy. */
void __stdio_randname(char *s, size_t n)
{
	static const char set[] =
		"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	static unsigned counter;
	unsigned char r[32];
	if (n > sizeof r)
		n = sizeof r;
	if (__getentropy(r, n))
		for (size_t i = 0; i < n; i++)
			r[i] = (unsigned char)(counter * 131u + i * 17u);
	counter++;
	for (size_t i = 0; i < n; i++)
		s[i] = set[r[i] % (sizeof set - 1)];
}
