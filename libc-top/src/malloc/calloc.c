#include <errno.h>
#include <stdlib.h>
#include <string.h>

void *calloc(size_t m, size_t n)
{
	if (n && m > (size_t)-1 / n) {
		errno = ENOMEM;
		return NULL;
	}
	size_t size = m * n;
	void *p = malloc(size);
	/* Reused blocks hold old data, so clear even when memory is fresh. */
	return p ? memset(p, 0, size) : NULL;
}
