#include "format_impl.h"

/* The character goes back as its UTF-8 bytes: room for one is certain,
   since the wide input functions leave the last character read whole in
   the buffer and a stream with no buffer has four bytes of its own. */
wint_t ungetwc(wint_t c, FILE *f)
{
	if (c == (wint_t)WEOF || !__stdio_orient(f, 1))
		return WEOF;
	char u[4];
	size_t k = __fmt_utf8(u, c);
	if (!k || __stdio_ungetbytes(f, (unsigned char *)u, k))
		return WEOF;
	return c;
}
