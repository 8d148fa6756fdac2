#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <unistd.h>

/* The break is the end of linear memory, which only grows, by whole 64 KiB
   pages: sbrk(n) adds enough pages for n bytes and returns the old end.
   malloc grows the same memory, so the break moves under it as well;
   memory sbrk returned is the caller's. Shrinking is ENOMEM: wasm memory
   cannot be given back. */
void *sbrk(intptr_t incr)
{
	uintptr_t old = __builtin_wasm_memory_size(0) * PAGESIZE;

	if (incr == 0)
		return (void *)old;
	if (incr < 0) {
		errno = ENOMEM;
		return (void *)-1;
	}
	size_t pages = (size_t)incr / PAGESIZE + ((size_t)incr % PAGESIZE != 0);
	size_t at = __builtin_wasm_memory_grow(0, pages);
	if (at == (size_t)-1) {
		errno = ENOMEM;
		return (void *)-1;
	}
	return (void *)(at * PAGESIZE);
}
