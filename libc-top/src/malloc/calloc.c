#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "malloc_impl.h"

void *calloc(size_t m, size_t n)
{
	size_t size;
	if (__builtin_mul_overflow(m, n, &size)) {
		errno = ENOMEM;
		return NULL;
	}
	/* Memory that was never handed out is still zero from memory.grow. */
	char *fresh = __malloc_heap.fresh;
	void *p = malloc(size);
	if (p && (char *)chunk_of(p) < fresh)
		memset(p, 0, size);
	return p;
}

weak_alias(calloc, __libc_calloc);
