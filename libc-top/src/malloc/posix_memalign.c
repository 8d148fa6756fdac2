#include <errno.h>
#include <stdlib.h>
#include "malloc_impl.h"

/* Reports failure through the result alone, leaving errno as it was. */
int posix_memalign(void **res, size_t align, size_t n)
{
	if (align < sizeof(void *) || (align & (align - 1)))
		return EINVAL;
	int saved = errno;
	void *p = __memalign(align, n);
	if (!p) {
		errno = saved;
		return ENOMEM;
	}
	*res = p;
	return 0;
}
