#include <string.h>

/* Bytes compare as unsigned char, as the standard requires. */
int strcmp(const char *a, const char *b)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;
	while (*l && *l == *r)
		l++, r++;
	return *l - *r;
}
