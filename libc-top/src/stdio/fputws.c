#include <errno.h>
#include "format_impl.h"

/* Encoded a piece at a time, so a long string costs no allocation. A
   character that has no encoding fails the call after the ones before it
   went out. */
int fputws(const wchar_t *restrict ws, FILE *restrict f)
{
	if (!__stdio_orient(f, 1))
		return -1;
	unsigned char tmp[128];
	size_t n = 0, k;
	for (;; ws++) {
		if (!*ws || n > sizeof tmp - 4) {
			if (__fwrite_bytes(tmp, n, f) != n)
				return -1;
			n = 0;
			if (!*ws)
				return 0;
		}
		if (!(k = __fmt_utf8((char *)tmp + n, (uint32_t)*ws))) {
			if (__fwrite_bytes(tmp, n, f) == n) {
				f->flags |= F_ERR;
				errno = EILSEQ;
			}
			return -1;
		}
		n += k;
	}
}

weak_alias(fputws, fputws_unlocked);
