#include <stdlib.h>
#include "malloc_impl.h"

void *valloc(size_t n)
{
	return __memalign(WASM_PAGE, n);
}
