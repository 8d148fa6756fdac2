#include <stdlib.h>
#include "rand48_impl.h"

double erand48(unsigned short xi[3])
{
	return (double)__rand48_step(xi) * 0x1p-48;
}
