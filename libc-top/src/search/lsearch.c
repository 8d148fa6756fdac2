#include <search.h>
#include <string.h>

/* Appends the key when it is missing; the caller's array has room. */
void *lsearch(const void *key, void *base, size_t *n, size_t size,
	int (*cmp)(const void *, const void *))
{
	void *found = lfind(key, base, n, size, cmp);

	if (found)
		return found;
	found = (char *)base + *n * size;
	memcpy(found, key, size);
	++*n;
	return found;
}
