#include "stdio_impl.h"

int fputc(int c, FILE *f)
{
	unsigned char ch = (unsigned char)c;
	if (f->wlen < f->wcap) {
		f->buf[f->wlen++] = ch;
		return ch;
	}
	return __fwritex(&ch, 1, f) == 1 ? ch : EOF;
}

weak_alias(fputc, fputc_unlocked);
