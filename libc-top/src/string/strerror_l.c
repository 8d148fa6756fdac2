#include <string.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
char *__strerror_l(int e, struct __locale_struct *loc)
{
	(void)loc;
	return strerror(e);
}

weak_alias(__strerror_l, strerror_l);
