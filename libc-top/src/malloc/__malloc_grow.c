#include "malloc_impl.h"

/* wasm32 memory ends at 4 GiB, 65536 pages. */
#define MAX_PAGES 65536u

/* The end of static data and the stack, placed by the linker. */
extern unsigned char __heap_base;

struct heap __malloc_heap;

/* Start a region at [start, end), both 16-aligned, as the new top. What is
   left of the old top becomes an ordinary free chunk under a fence. */
static void new_region(struct heap *h, char *start, char *end)
{
	if (h->top) {
		struct chunk *old = (struct chunk *)h->top;
		size_t size = h->top_size;
		struct chunk *fence = old;
		if (size >= 2 * MIN_CHUNK) {
			size -= MIN_CHUNK;
			old->head = size | P_INUSE;
			fence = chunk_at(old, size);
			fence->foot = size;
			bin_insert(h, old, size);
		}
		fence->head = C_INUSE;
	}
	h->top = start + 8;
	h->top_size = (size_t)(end - h->top) - 8;
	h->end = end;
	h->fresh = h->top;
}

int __malloc_grow(struct heap *h, size_t need)
{
	if (!h->end) {
		char *start = (char *)(((uintptr_t)&__heap_base + 15) & ~(uintptr_t)15);
		char *end = (char *)((uintptr_t)__builtin_wasm_memory_size(0) * WASM_PAGE);
		if (end - start >= 64)
			new_region(h, start, end);
	}
	while (!h->top || h->top_size < need) {
		size_t have = h->top ? h->top_size : 0;
		/* A fresh region loses 16 bytes to alignment and the fence. */
		size_t want = need - have + 16;
		size_t pages = want / WASM_PAGE + (want % WASM_PAGE != 0);
		size_t now = __builtin_wasm_memory_size(0);
		/* Stay below 4 GiB so that no address or size wraps. */
		if (pages >= MAX_PAGES - now)
			return -1;
		size_t old = __builtin_wasm_memory_grow(0, pages);
		if (old == (size_t)-1)
			return -1;
		char *start = (char *)(old * WASM_PAGE), *end = start + pages * WASM_PAGE;
		if (h->top && start == h->end) {
			h->top_size += pages * WASM_PAGE;
			h->end = end;
		} else {
			new_region(h, start, end);
		}
	}
	return 0;
}
