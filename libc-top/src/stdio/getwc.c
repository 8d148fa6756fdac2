#include "stdio_impl.h"

wint_t getwc(FILE *f)
{
	return fgetwc(f);
}

weak_alias(getwc, getwc_unlocked);
