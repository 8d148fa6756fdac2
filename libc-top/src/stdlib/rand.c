#include <stdlib.h>
#include "random_impl.h"

/* rand and random share one generator, as on glibc. */
int rand(void)
{
	return (int)__random();
}
