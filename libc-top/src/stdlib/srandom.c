#include <stdlib.h>
#include "random_impl.h"

void __srandom(unsigned seed)
{
	uint32_t *w = __random_state;
	int r = (int)(w[0] & 0xff);

	__random_seeded = 1;

	if (!r) {
		w[1] = seed;
		return;
	}
	/* Fill the ring from a multiplicative generator, which is never
	   stuck at zero, then run the ring long enough to mix it. */
	uint64_t x = seed ? seed : 1;
	for (int i = 0; i < r; i++) {
		x = x * 48271 % 2147483647;
		w[1 + i] = (uint32_t)x;
	}
	w[0] = (uint32_t)r;
	for (int i = 0; i < 10 * r; i++)
		__random();
}

weak_alias(__srandom, srandom);
