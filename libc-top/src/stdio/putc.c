#include "stdio_impl.h"

int putc(int c, FILE *f)
{
	return fputc(c, f);
}

weak_alias(putc, putc_unlocked);
/* glibc's names of old, which code built against its headers may call. */
weak_alias(putc, _IO_putc);
weak_alias(putc, _IO_putc_unlocked);
