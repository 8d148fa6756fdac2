#include <stdlib.h>
#include "random_impl.h"

/* The buffer carries its own lag and position (see random_impl.h). */
char *setstate(char *buf)
{
	char *old = (char *)__random_state;

	if (!__random_seeded)
		__srandom(1);
	__random_state = (uint32_t *)(void *)buf;
	return old;
}
