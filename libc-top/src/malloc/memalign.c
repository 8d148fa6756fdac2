#include <errno.h>
#include <stdlib.h>
#include "malloc_impl.h"

void *__memalign(size_t align, size_t n)
{
	if (!align || (align & (align - 1))) {
		errno = EINVAL;
		return NULL;
	}
	if (align <= 16)
		return malloc(n);
	if (n > MAX_REQUEST || align > MAX_REQUEST - n) {
		errno = ENOMEM;
		return NULL;
	}
	/* Some boundary at least 16 bytes into p, or p itself, leaves room
	   for n bytes: the bytes skipped become a chunk and go back. */
	char *p = malloc(n + align);
	if (!p)
		return NULL;
	if ((uintptr_t)p & (align - 1)) {
		char *q = (char *)(((uintptr_t)p + 16 + align - 1) & ~(uintptr_t)(align - 1));
		struct chunk *c = chunk_of(p), *d = chunk_of(q);
		size_t lead = (size_t)(q - p);
		d->head = (chunk_size(c) - lead) | C_INUSE | P_INUSE;
		c->head = lead | (c->head & FLAG_MASK);
		free(p);
		p = q;
	}
	/* Shrinking happens in place and gives back the tail. */
	return realloc(p, n);
}

weak_alias(__memalign, memalign);
