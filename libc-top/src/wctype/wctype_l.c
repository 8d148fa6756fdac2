#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
wctype_t __wctype_l(const char *name, struct __locale_struct *loc)
{
	(void)loc;
	return wctype(name);
}

weak_alias(__wctype_l, wctype_l);
