#include "rand48_impl.h"

/* X starts at zero, a and c at POSIX's values, as on glibc. */
unsigned short __rand48[7] = { 0, 0, 0, 0xe66d, 0xdeec, 0x5, 0xb };

uint64_t __rand48_step(unsigned short xi[3])
{
	uint64_t x = xi[0] | (uint64_t)xi[1] << 16 | (uint64_t)xi[2] << 32;
	uint64_t a = __rand48[3] | (uint64_t)__rand48[4] << 16 | (uint64_t)__rand48[5] << 32;

	x = (a * x + __rand48[6]) & 0xffffffffffffu;
	xi[0] = (unsigned short)x;
	xi[1] = (unsigned short)(x >> 16);
	xi[2] = (unsigned short)(x >> 32);
	return x;
}
