#include <uchar.h>
#include <wchar.h>

size_t mbrtoc32(char32_t *restrict c, const char *restrict s, size_t n, mbstate_t *restrict st)
{
	static mbstate_t internal;
	wchar_t wc;
	size_t r = mbrtowc(&wc, s, n, st ? st : &internal);
	if (r <= 4 && c && s)
		*c = (char32_t)wc;
	return r;
}
