#include <stdlib.h>
#include <unistd.h>
#include "reserved.h"

/* Straight from the host's random source, which WASI promises is fit for
   keys; it cannot fail here without leaving the caller unsafe, so a
   failure aborts. */
void arc4random_buf(void *buf, size_t n)
{
	unsigned char *p = buf;

	while (n) {
		size_t k = n < 256 ? n : 256;
		if (__getentropy(p, k))
			abort();
		p += k;
		n -= k;
	}
}
