#include <errno.h>
#include <stdlib.h>
#include "malloc_impl.h"

/* Whole pages: the size rounds up to a page multiple, and 0 to one page. */
void *pvalloc(size_t n)
{
	if (n > MAX_REQUEST) {
		errno = ENOMEM;
		return NULL;
	}
	size_t pages = n / WASM_PAGE + (n % WASM_PAGE != 0);
	return __memalign(WASM_PAGE, (pages ? pages : 1) * WASM_PAGE);
}
