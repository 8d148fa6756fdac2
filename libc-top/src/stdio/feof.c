#include "stdio_impl.h"

int feof(FILE *f)
{
	return !!(f->flags & F_EOF);
}

weak_alias(feof, feof_unlocked);
/* glibc's names of old, which code built against its headers may call. */
weak_alias(feof, _IO_feof_unlocked);
