#include <search.h>
#include <stddef.h>

void *lfind(const void *key, const void *base, size_t *n, size_t size,
	int (*cmp)(const void *, const void *))
{
	const char *p = base;

	for (size_t i = 0; i < *n; i++, p += size)
		if (!cmp(key, p))
			return (void *)p;
	return NULL;
}
