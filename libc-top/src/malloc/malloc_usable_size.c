#include <stdlib.h>
#include "malloc_impl.h"

size_t malloc_usable_size(void *p)
{
	return p ? chunk_size(chunk_of(p)) - OVERHEAD : 0;
}
