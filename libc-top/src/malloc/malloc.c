#include <errno.h>
#include <stdlib.h>
#include "malloc_impl.h"

#define PAGE 65536u

/* Where the linker placed the end of static data and the stack. */
extern unsigned char __heap_base;

struct heap __malloc_heap;

/* Make at least `need` bytes available above heap.top. */
static int extend(struct heap *h, size_t need)
{
	if (!h->top) {
		h->top = ((uintptr_t)&__heap_base + CHUNK_ALIGN - 1) & ~(uintptr_t)(CHUNK_ALIGN - 1);
		h->end = (uintptr_t)__builtin_wasm_memory_size(0) * PAGE;
	}
	while (h->end - h->top < need) {
		size_t pages = (need - (h->end - h->top) + PAGE - 1) / PAGE;
		size_t have = __builtin_wasm_memory_size(0);
		/* Stop short of the full 4 GiB so that addresses stay below
		   SIZE_MAX and sizes cannot wrap. */
		if (pages >= PAGE - have)
			return -1;
		size_t old = __builtin_wasm_memory_grow(0, pages);
		if (old == (size_t)-1)
			return -1;
		/* Someone else grew memory since we last looked: their pages are
		   theirs, so continue from the new start. */
		if (old * PAGE != h->end)
			h->top = old * PAGE;
		h->end = (old + pages) * PAGE;
	}
	return 0;
}

void *malloc(size_t n)
{
	struct heap *h = &__malloc_heap;
	size_t size = __chunk_size(n);
	if (!size)
		goto fail;

	for (struct chunk **link = &h->free; *link; link = &(*link)->next) {
		struct chunk *c = *link;
		if (c->size < size)
			continue;
		if (c->size - size >= CHUNK_MIN) {
			/* Serve from the front; the rest stays free in c's place,
			   which keeps the list in address order. */
			struct chunk *rest = (struct chunk *)((char *)c + size);
			rest->size = c->size - size;
			rest->next = c->next;
			*link = rest;
			c->size = size;
		} else {
			*link = c->next;
		}
		return __payload_of(c);
	}

	if (extend(h, size))
		goto fail;
	struct chunk *c = (struct chunk *)h->top;
	h->top += size;
	c->size = size;
	return __payload_of(c);

fail:
	errno = ENOMEM;
	return NULL;
}
