#include <string.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __strcoll_l(const char *a, const char *b, struct __locale_struct *loc)
{
	(void)loc;
	return strcoll(a, b);
}

weak_alias(__strcoll_l, strcoll_l);
