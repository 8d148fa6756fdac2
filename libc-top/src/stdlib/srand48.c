#include <stdlib.h>
#include "rand48_impl.h"

void srand48(long seed)
{
	unsigned short x[3] = { 0x330e, (unsigned short)seed, (unsigned short)((unsigned long)seed >> 16) };

	seed48(x);
}
