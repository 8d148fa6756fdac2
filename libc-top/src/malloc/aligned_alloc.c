#include <stdlib.h>
#include "malloc_impl.h"

void *aligned_alloc(size_t align, size_t n)
{
	return __memalign(align, n);
}
