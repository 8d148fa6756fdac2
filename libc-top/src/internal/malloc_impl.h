#ifndef MALLOC_IMPL_H
#define MALLOC_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include "libc.h"

/* A deliberately simple allocator: every block carries a header holding its
   size; free blocks sit on one list in address order so that neighbours
   merge when freed; new memory comes from growing linear memory. */

struct chunk {
	size_t size;            /* the whole block, header included */
	struct chunk *next;     /* the next free block, while free */
};

/* The header is padded to max_align_t's alignment so that payloads keep it. */
#define CHUNK_ALIGN 16
#define CHUNK_HEADER 16
#define CHUNK_MIN 32

_Static_assert(sizeof(struct chunk) <= CHUNK_HEADER, "header too small");
_Static_assert(_Alignof(max_align_t) <= CHUNK_ALIGN, "alignment too small");

struct heap {
	struct chunk *free;     /* lowest-addressed free block */
	uintptr_t top;          /* first byte never handed out */
	uintptr_t end;          /* end of linear memory as far as we know */
};

extern hidden struct heap __malloc_heap;

/* The block size serving a request of n bytes, or 0 if none can. */
static inline size_t __chunk_size(size_t n)
{
	if (n > SIZE_MAX / 2)
		return 0;
	size_t size = (n + CHUNK_HEADER + CHUNK_ALIGN - 1) & ~(size_t)(CHUNK_ALIGN - 1);
	return size < CHUNK_MIN ? CHUNK_MIN : size;
}

static inline struct chunk *__chunk_of(void *p)
{
	return (struct chunk *)((char *)p - CHUNK_HEADER);
}

static inline void *__payload_of(struct chunk *c)
{
	return (char *)c + CHUNK_HEADER;
}

#endif
