#include <strings.h>

/* Only the C locale exists, so folding is plain ASCII. */
static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

int strcasecmp(const char *a, const char *b)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;
	while (*l && lower(*l) == lower(*r))
		l++, r++;
	return lower(*l) - lower(*r);
}
