#include <wchar.h>

/* The columns of at most n wide characters of s, or -1 if one of them
   does not print. */
int wcswidth(const wchar_t *s, size_t n)
{
	int total = 0;
	for (; n && *s; n--, s++) {
		int w = wcwidth(*s);
		if (w < 0)
			return -1;
		total += w;
	}
	return total;
}
