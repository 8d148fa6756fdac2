#include <errno.h>
#include <stdlib.h>

void *reallocarray(void *p, size_t m, size_t n)
{
	size_t size;
	if (__builtin_mul_overflow(m, n, &size)) {
		errno = ENOMEM;
		return NULL;
	}
	return realloc(p, size);
}
