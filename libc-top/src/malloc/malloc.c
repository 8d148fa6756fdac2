#include <errno.h>
#include <stdlib.h>
#include "malloc_impl.h"

/* How many chunks of a large bin a request looks at for the best fit: a
   longer look saves little memory and costs time. */
#define SCAN_BUDGET 16

/* The first non-empty bin at or above b, or NBINS. */
static unsigned first_bin(const struct heap *h, unsigned b)
{
	unsigned w = b >> 5;
	uint32_t m = h->map[w] & (~0u << (b & 31));
	if (m)
		return (w << 5) + (unsigned)__builtin_ctz(m);
	uint32_t s = h->summary & (~1u << w);
	if (!s)
		return NBINS;
	w = (unsigned)__builtin_ctz(s);
	return (w << 5) + (unsigned)__builtin_ctz(h->map[w]);
}

/* The best fit for `size` among the first few chunks of a large bin. */
static struct chunk *scan(struct heap *h, unsigned b, size_t size)
{
	struct chunk *best = NULL;
	size_t best_size = (size_t)-1;
	int budget = SCAN_BUDGET;
	for (struct chunk *c = h->bins[b]; c && budget; c = c->next, budget--) {
		size_t s = chunk_size(c);
		if (s >= size && s < best_size) {
			best = c;
			best_size = s;
			if (s == size)
				break;
		}
	}
	return best;
}

void *malloc(size_t n)
{
	struct heap *h = &__malloc_heap;
	if (n > MAX_REQUEST) {
		errno = ENOMEM;
		return NULL;
	}
	size_t size = request_size(n);
	unsigned b = bin_of(size);
	struct chunk *c = NULL;

	/* Every chunk in a small bin fits; in a large one only some do. */
	if (b >= SMALL_BINS) {
		c = scan(h, b, size);
		b++;
	}
	if (!c) {
		b = first_bin(h, b);
		if (b == NBINS)
			goto from_top;
		c = b < SMALL_BINS ? h->bins[b] : scan(h, b, size);
	}

	size_t have = chunk_size(c);
	bin_remove(h, c, have);
	if (have - size >= MIN_CHUNK) {
		struct chunk *rest = chunk_at(c, size);
		rest->head = (have - size) | P_INUSE;
		chunk_at(rest, have - size)->foot = have - size;
		bin_insert(h, rest, have - size);
		c->head = size | C_INUSE | (c->head & P_INUSE);
	} else {
		c->head |= C_INUSE;
		chunk_at(c, have)->head |= P_INUSE;
	}
	return payload_of(c);

from_top:
	if (h->top_size < size + MIN_CHUNK && __malloc_grow(h, size + MIN_CHUNK)) {
		errno = ENOMEM;
		return NULL;
	}
	c = (struct chunk *)h->top;
	c->head = size | C_INUSE | P_INUSE;
	h->top += size;
	h->top_size -= size;
	if (h->top + 8 > h->fresh)
		h->fresh = h->top + 8;
	return payload_of(c);
}

weak_alias(malloc, __libc_malloc);
