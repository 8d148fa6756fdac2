#include "stdio_impl.h"

int fgetc(FILE *f)
{
	if (f->rpos < f->rlen)
		return f->buf[f->rpos++];
	return __stdio_fill(f);
}

weak_alias(fgetc, fgetc_unlocked);
