#include "stdio_impl.h"

int feof(FILE *f)
{
	return !!(f->flags & F_EOF);
}

weak_alias(feof, feof_unlocked);
