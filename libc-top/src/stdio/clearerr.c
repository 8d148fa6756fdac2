#include "stdio_impl.h"

void clearerr(FILE *f)
{
	f->flags &= ~(F_ERR | F_EOF);
}
