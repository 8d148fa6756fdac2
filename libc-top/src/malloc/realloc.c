#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "malloc_impl.h"

/* Cut c down to `size` if what remains is big enough to be a chunk. */
static void shrink(struct chunk *c, size_t size)
{
	size_t have = chunk_size(c);
	if (have - size < MIN_CHUNK)
		return;
	struct chunk *tail = chunk_at(c, size);
	tail->head = (have - size) | C_INUSE | P_INUSE;
	c->head = size | (c->head & FLAG_MASK);
	free(payload_of(tail));
}

void *realloc(void *p, size_t n)
{
	if (!p)
		return malloc(n);
	if (n > MAX_REQUEST) {
		errno = ENOMEM;
		return NULL;
	}
	struct heap *h = &__malloc_heap;
	struct chunk *c = chunk_of(p);
	size_t size = request_size(n), have = chunk_size(c);
	if (have >= size) {
		shrink(c, size);
		return p;
	}

	/* Grow in place into the top or a free chunk above. */
	struct chunk *next = chunk_at(c, have);
	size_t more = size - have;
	if ((char *)next == h->top
	    && (h->top_size >= more + MIN_CHUNK || !__malloc_grow(h, more + MIN_CHUNK))
	    && (char *)next == h->top) {
		c->head = size | (c->head & FLAG_MASK);
		h->top += more;
		h->top_size -= more;
		if (h->top + 8 > h->fresh)
			h->fresh = h->top + 8;
		return p;
	}
	if ((char *)next != h->top && !(next->head & C_INUSE)) {
		size_t above = chunk_size(next);
		if (above >= more) {
			bin_remove(h, next, above);
			c->head = (have + above) | (c->head & FLAG_MASK);
			chunk_at(c, have + above)->head |= P_INUSE;
			shrink(c, size);
			return p;
		}
	}

	void *q = malloc(n);
	if (!q)
		return NULL;
	memcpy(q, p, have - OVERHEAD);
	free(p);
	return q;
}
