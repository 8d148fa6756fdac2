#include "stdio_impl.h"

int getc(FILE *f)
{
	return fgetc(f);
}

weak_alias(getc, getc_unlocked);
/* glibc's names of old, which code built against its headers may call. */
weak_alias(getc, _IO_getc);
weak_alias(getc, _IO_getc_unlocked);
