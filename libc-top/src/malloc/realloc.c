#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "malloc_impl.h"

void *realloc(void *p, size_t n)
{
	if (!p)
		return malloc(n);
	size_t size = __chunk_size(n);
	if (!size) {
		errno = ENOMEM;
		return NULL;
	}

	struct chunk *c = __chunk_of(p);
	if (c->size >= size) {
		/* Shrinking, or growing within the slack: keep the block and
		   give back a tail big enough to be a block of its own. */
		if (c->size - size >= CHUNK_MIN) {
			struct chunk *tail = (struct chunk *)((char *)c + size);
			tail->size = c->size - size;
			c->size = size;
			free(__payload_of(tail));
		}
		return p;
	}

	void *q = malloc(n);
	if (!q)
		return NULL;
	memcpy(q, p, c->size - CHUNK_HEADER);
	free(p);
	return q;
}
