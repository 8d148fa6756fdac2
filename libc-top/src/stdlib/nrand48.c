#include <stdlib.h>
#include "rand48_impl.h"

long nrand48(unsigned short xi[3])
{
	return (long)(__rand48_step(xi) >> 17);
}
