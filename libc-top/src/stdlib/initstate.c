#include <errno.h>
#include <stdlib.h>
#include "random_impl.h"

char *initstate(unsigned seed, char *buf, size_t size)
{
	uint32_t *w = (uint32_t *)(void *)buf;
	char *old = (char *)__random_state;

	if (size < 8) {
		errno = EINVAL;
		return NULL;
	}
	if (!__random_seeded)
		__srandom(1);
	w[0] = size >= 256 ? 63 : size >= 128 ? 31 : size >= 64 ? 15 : size >= 32 ? 7 : 0;
	__random_state = w;
	__srandom(seed);
	return old;
}
