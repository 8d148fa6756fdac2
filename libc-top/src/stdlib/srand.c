#include <stdlib.h>
#include "random_impl.h"

void srand(unsigned seed)
{
	__srandom(seed);
}
