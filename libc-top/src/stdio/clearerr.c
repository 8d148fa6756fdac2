#include "stdio_impl.h"

void clearerr(FILE *f)
{
	f->flags &= ~(F_ERR | F_WERR | F_EOF);
}

weak_alias(clearerr, clearerr_unlocked);
