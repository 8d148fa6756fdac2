#include <strings.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __strncasecmp_l(const char *a, const char *b, size_t n, struct __locale_struct *loc)
{
	(void)loc;
	return strncasecmp(a, b, n);
}

weak_alias(__strncasecmp_l, strncasecmp_l);
