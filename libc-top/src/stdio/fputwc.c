#include <errno.h>
#include "format_impl.h"

wint_t fputwc(wchar_t c, FILE *f)
{
	if (!__stdio_orient(f, 1))
		return WEOF;
	if ((unsigned)c < 0x80 && f->wlen < f->wcap) {
		f->buf[f->wlen++] = (unsigned char)c;
		return (wint_t)c;
	}
	char u[4];
	size_t k = __fmt_utf8(u, (uint32_t)c);
	if (!k) {
		f->flags |= F_ERR;
		errno = EILSEQ;
		return WEOF;
	}
	return __fwrite_bytes((unsigned char *)u, k, f) == k ? (wint_t)c : WEOF;
}

weak_alias(fputwc, fputwc_unlocked);
