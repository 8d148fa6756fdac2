#include "stdio_impl.h"

wint_t fgetwc(FILE *f)
{
	size_t len;
	if (!__stdio_orient(f, 1))
		return WEOF;
	return __stdio_getwc(f, &len);
}

weak_alias(fgetwc, fgetwc_unlocked);
