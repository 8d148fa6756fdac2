#include <strings.h>

/* Only the C locale exists, so folding is plain ASCII. */
static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

int strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;
	if (!n)
		return 0;
	while (--n && *l && lower(*l) == lower(*r))
		l++, r++;
	return lower(*l) - lower(*r);
}
