#include <stdlib.h>

/* Values below 2^32 mod n would make the low results likelier, so they
   are drawn again. */
unsigned arc4random_uniform(unsigned n)
{
	if (n < 2)
		return 0;
	unsigned least = -n % n;
	for (;;) {
		unsigned r = arc4random();
		if (r >= least)
			return r % n;
	}
}
