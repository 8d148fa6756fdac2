#include <ctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __toupper_l(int c, struct __locale_struct *loc)
{
	(void)loc;
	return toupper(c);
}

weak_alias(__toupper_l, toupper_l);
