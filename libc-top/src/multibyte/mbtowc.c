#include <errno.h>
#include <stdlib.h>
#include <wchar.h>

/* UTF-8 has no shift states, so the answer for a null s is 0, and an
   incomplete character is simply invalid. */
int mbtowc(wchar_t *restrict wc, const char *restrict s, size_t n)
{
	if (!s)
		return 0;
	mbstate_t st = { 0, 0 };
	size_t r = mbrtowc(wc, s, n, &st);
	if (r == (size_t)-2) {
		errno = EILSEQ;
		return -1;
	}
	return (int)r;
}
