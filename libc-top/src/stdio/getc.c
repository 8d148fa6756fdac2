#include "stdio_impl.h"

int getc(FILE *f)
{
	return fgetc(f);
}

weak_alias(getc, getc_unlocked);
