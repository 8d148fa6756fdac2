#include <errno.h>
#include <string.h>
#include "stdio_impl.h"

/* One character for the wide input functions. Its bytes are left whole in
   the buffer just before f->rpos (a character cut by the end of the
   buffer moves to the front before the refill), so ungetwc and wscanf can
   always step back over it; *len gets their count. Returns WEOF at end of
   file or on an error; an invalid sequence is not consumed, so reading
   again fails again, as with glibc. */
wint_t __stdio_getwc(FILE *f, size_t *len)
{
	for (;;) {
		size_t have = f->rlen - f->rpos;
		if (have) {
			const unsigned char *p = f->buf + f->rpos;
			if (*p < 0x80) {
				f->rpos++;
				*len = 1;
				return *p;
			}
			wchar_t wc;
			mbstate_t st = { 0 };
			size_t r = mbrtowc(&wc, (const char *)p, have, &st);
			if (r == (size_t)-1)
				break;
			if (r != (size_t)-2) {
				f->rpos += r;
				*len = r;
				return (wint_t)wc;
			}
		}
		if (!f->buf) {
			f->buf = f->tiny;
			f->size = sizeof f->tiny;
		}
		memmove(f->buf, f->buf + f->rpos, have);
		f->rpos = 0;
		f->rlen = have;
		size_t n = __stdio_get(f, f->buf + have, f->mode == _IONBF ? 1 : f->size - have);
		/* A character cut short by the end of the file ends it, as
		   with glibc. */
		if (!n)
			return WEOF;
		f->rlen = have + n;
	}
	f->flags |= F_ERR;
	errno = EILSEQ;
	return WEOF;
}
