#include <strings.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __strcasecmp_l(const char *a, const char *b, struct __locale_struct *loc)
{
	(void)loc;
	return strcasecmp(a, b);
}

weak_alias(__strcasecmp_l, strcasecmp_l);
