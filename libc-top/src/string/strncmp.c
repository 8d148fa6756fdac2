#include <string.h>

int strncmp(const char *a, const char *b, size_t n)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;
	if (!n)
		return 0;
	while (--n && *l && *l == *r)
		l++, r++;
	return *l - *r;
}
