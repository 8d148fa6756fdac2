#include "stdio_impl.h"

int fputc(int c, FILE *f)
{
	unsigned char ch = (unsigned char)c;
	if (f->mode == _IOFBF && (f->flags & F_READY) && !(f->flags & F_NOWR)
	    && f->wlen < f->size) {
		f->buf[f->wlen++] = ch;
		return ch;
	}
	return __fwritex(&ch, 1, f) == 1 ? ch : EOF;
}
