#include <stdint.h>
#include <wchar.h>

/* Converts from at most nms bytes into at most len wide characters (any
   number when dst is null). A character cut off by nms waits in st. */
size_t mbsnrtowcs(wchar_t *restrict dst, const char **restrict src, size_t nms, size_t len,
                  mbstate_t *restrict st)
{
	static mbstate_t internal;
	if (!st)
		st = &internal;
	const char *s = *src;
	size_t count = 0;
	if (!dst)
		len = SIZE_MAX;
	for (; count < len; count++) {
		wchar_t wc;
		size_t r = mbrtowc(&wc, s, nms, st);
		if (r == (size_t)-1) {
			if (dst)
				*src = s;
			return r;
		}
		if (r == (size_t)-2) {
			s += nms;
			break;
		}
		if (!r) {
			if (dst) {
				*dst = 0;
				*src = NULL;
			}
			return count;
		}
		s += r;
		nms -= r;
		if (dst)
			*dst++ = wc;
	}
	if (dst)
		*src = s;
	return count;
}
