#include <stdlib.h>
#include "rand48_impl.h"

/* The top 32 bits, as a signed 32-bit value. */
long jrand48(unsigned short xi[3])
{
	return (long)(int32_t)(uint32_t)(__rand48_step(xi) >> 16);
}
