#include "stdio_impl.h"

/* There is always room for one byte: see __stdio_ungetbytes. */
int ungetc(int c, FILE *f)
{
	if (c == EOF || !__stdio_orient(f, -1))
		return EOF;
	unsigned char ch = (unsigned char)c;
	if (__stdio_ungetbytes(f, &ch, 1))
		return EOF;
	return ch;
}
