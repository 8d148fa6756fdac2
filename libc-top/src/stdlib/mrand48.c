#include <stdlib.h>
#include "rand48_impl.h"

long mrand48(void)
{
	return jrand48(__rand48);
}
