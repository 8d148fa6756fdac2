#include "stdio_impl.h"

/* Kept apart so that the common case needs no stack frame: taking the
   byte's address is what would force one. */
__attribute__((__noinline__)) static int put_slow(int c, FILE *f)
{
	unsigned char ch = (unsigned char)c;
	return __fwritex(&ch, 1, f) == 1 ? ch : EOF;
}

int fputc(int c, FILE *f)
{
	if (f->wlen < f->wcap) {
		f->buf[f->wlen++] = (unsigned char)c;
		return (unsigned char)c;
	}
	return put_slow(c, f);
}

weak_alias(fputc, fputc_unlocked);
