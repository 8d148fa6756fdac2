#include "stdio_impl.h"

int ferror(FILE *f)
{
	return !!(f->flags & F_ERR);
}

weak_alias(ferror, ferror_unlocked);
/* glibc's names of old, which code built against its headers may call. */
weak_alias(ferror, _IO_ferror_unlocked);
