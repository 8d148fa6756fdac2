#ifndef MMAN_IMPL_H
#define MMAN_IMPL_H

/* mmap's mappings: blocks from aligned_alloc, listed so that munmap and
   mprotect can tell a mapping from any other address. A mapping is
   undone whole or not at all: a block of the heap cannot be split. */

#include <stddef.h>
#include "libc.h"

struct mapping {
	struct mapping *next;
	char *addr;
	size_t len;	/* a multiple of PAGESIZE */
	int prot;
};

hidden extern struct mapping *__mappings;

/* The mapping that contains addr, or null; through *link, the pointer
   that points at it. */
hidden struct mapping *__mapping_find(const void *addr, struct mapping ***link);

#endif
