#include <stdlib.h>

/* The whole state is the caller's unsigned: a linear congruential step,
   whose weak low bits are hidden by mixing the output. */
int rand_r(unsigned *state)
{
	unsigned x = *state = *state * 1103515245u + 12345u;

	x ^= x >> 16;
	x *= 0x7feb352du;
	x ^= x >> 15;
	return (int)(x & RAND_MAX);
}
