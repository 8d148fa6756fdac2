#ifndef MALLOC_IMPL_H
#define MALLOC_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include "libc.h"

/* The allocator: boundary-tagged chunks on segregated free lists.

   Linear memory above __heap_base is cut into chunks laid end to end. A
   chunk's address c is 8 bytes below its payload, which is 16-aligned:

     c+0   foot: the size of the chunk below, meaningful only while that
           chunk is free (while it is in use the word is its payload)
     c+4   head: this chunk's size, a multiple of 16, | C_INUSE | P_INUSE
     c+8   payload, up to and including the next chunk's foot word;
           while free, the links of its bin list

   So a chunk in use costs 4 bytes and the smallest (16) holds 12. The
   P_INUSE bit lets free() find a free neighbour below through the foot and
   C_INUSE one above, so free neighbours always merge: no two free chunks
   touch.

   Free chunks sit on doubly linked lists, one per size class ("bin"):
   exact classes of 16 bytes below 1 KiB, then sixteen classes per power of
   two. A bitmap of non-empty bins, with a summary word over it, finds the
   smallest class that can serve a request in a few instructions; within
   a large class a short best-fit scan keeps fragmentation low.

   The unused end of memory is the top chunk. It lives in no bin and has
   no header in memory: only its address and size, in the heap struct.
   Allocation cuts from its bottom, free() of the chunk below it gives
   memory back to it, and memory.grow extends it. The chunk below the top
   is always in use, and top_size stays at least MIN_CHUNK, so the last
   chunk's payload never runs off the end of memory. If someone else grows
   memory between our calls, the old top becomes a free chunk capped by a
   zero-sized fence marked in use, and a new region starts above. */

#define C_INUSE 1u
#define P_INUSE 2u
#define FLAG_MASK 15u

#define MIN_CHUNK 16u
#define OVERHEAD 4u
#define SMALL_BINS 64u
#define NBINS 416u
#define MAP_WORDS ((NBINS + 31) / 32)

/* Requests beyond this fail at once, so sizes never wrap. */
#define MAX_REQUEST ((size_t)0x7fffff00)

struct chunk {
	size_t foot;
	size_t head;
	struct chunk *next;     /* bin links, while free */
	struct chunk *prev;
};

struct heap {
	struct chunk *bins[NBINS];
	uint32_t map[MAP_WORDS];  /* bit b: bins[b] is not empty */
	uint32_t summary;         /* bit w: map[w] is not zero */
	char *top;                /* the top chunk's address */
	size_t top_size;
	char *end;                /* end of the region the top belongs to */
	char *fresh;              /* no byte at or above was ever handed out */
};

_Static_assert(_Alignof(max_align_t) <= 16, "payload alignment too small");
_Static_assert(MAP_WORDS <= 32, "summary word too small");

extern hidden struct heap __malloc_heap;

/* The unit of memory.grow, also the page of valloc and pvalloc. */
#define WASM_PAGE 65536u

/* Make the top chunk at least `need` bytes. */
hidden int __malloc_grow(struct heap *, size_t);

/* memalign under a reserved name, for the ISO C and POSIX functions. */
void *__memalign(size_t, size_t);

static inline size_t chunk_size(const struct chunk *c)
{
	return c->head & ~(size_t)FLAG_MASK;
}

static inline struct chunk *chunk_at(void *p, size_t offset)
{
	return (struct chunk *)((char *)p + offset);
}

static inline struct chunk *chunk_of(void *payload)
{
	return (struct chunk *)((char *)payload - 8);
}

static inline void *payload_of(struct chunk *c)
{
	return (char *)c + 8;
}

/* The chunk size serving a request of n bytes (n <= MAX_REQUEST). */
static inline size_t request_size(size_t n)
{
	return (n + OVERHEAD + 15) & ~(size_t)15;
}

static inline unsigned bin_of(size_t size)
{
	if (size < SMALL_BINS * 16)
		return (unsigned)(size >> 4);
	unsigned log = 31u - (unsigned)__builtin_clz((unsigned)size);
	return SMALL_BINS + ((log - 10) << 4) + (unsigned)((size >> (log - 4)) & 15);
}

static inline void bin_insert(struct heap *h, struct chunk *c, size_t size)
{
	unsigned b = bin_of(size);
	struct chunk *first = h->bins[b];
	c->next = first;
	c->prev = NULL;
	if (first)
		first->prev = c;
	h->bins[b] = c;
	h->map[b >> 5] |= 1u << (b & 31);
	h->summary |= 1u << (b >> 5);
}

static inline void bin_remove(struct heap *h, struct chunk *c, size_t size)
{
	if (c->next)
		c->next->prev = c->prev;
	if (c->prev) {
		c->prev->next = c->next;
		return;
	}
	unsigned b = bin_of(size);
	h->bins[b] = c->next;
	if (!c->next) {
		h->map[b >> 5] &= ~(1u << (b & 31));
		if (!h->map[b >> 5])
			h->summary &= ~(1u << (b >> 5));
	}
}

#endif
