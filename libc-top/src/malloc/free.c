#include <stdlib.h>
#include "malloc_impl.h"

void free(void *p)
{
	if (!p)
		return;
	struct heap *h = &__malloc_heap;
	struct chunk *c = chunk_of(p);
	size_t size = chunk_size(c);
	struct chunk *next = chunk_at(c, size);

	if (!(c->head & P_INUSE)) {
		size_t below = c->foot;
		c = chunk_at(c, -below);
		bin_remove(h, c, below);
		size += below;
	}
	if ((char *)next == h->top) {
		h->top = (char *)c;
		h->top_size += size;
		return;
	}
	if (!(next->head & C_INUSE)) {
		size_t above = chunk_size(next);
		bin_remove(h, next, above);
		size += above;
		next = chunk_at(next, above);
	}
	c->head = size | P_INUSE;
	next->foot = size;
	next->head &= ~(size_t)P_INUSE;
	bin_insert(h, c, size);
}

weak_alias(free, __libc_free);
