#include <stdlib.h>
#include "malloc_impl.h"

static char *end_of(struct chunk *c)
{
	return (char *)c + c->size;
}

void free(void *p)
{
	if (!p)
		return;
	struct heap *h = &__malloc_heap;
	struct chunk *c = __chunk_of(p);

	/* Find where c belongs in the address-ordered list. */
	struct chunk **link = &h->free, **prev_link = NULL;
	while (*link && *link < c) {
		prev_link = link;
		link = &(*link)->next;
	}
	struct chunk *prev = prev_link ? *prev_link : NULL;
	struct chunk *next = *link;

	if (next && end_of(c) == (char *)next) {
		c->size += next->size;
		next = next->next;
	}
	if (prev && end_of(prev) == (char *)c) {
		prev->size += c->size;
		prev->next = next;
		c = prev;
		link = prev_link;
	} else {
		c->next = next;
		*link = c;
	}

	/* A free block ending at the top goes back to the unused region, so a
	   stack-like pattern of use keeps the list short. Nothing free lies
	   above the top, so such a block is the last on the list. */
	if ((uintptr_t)end_of(c) == h->top) {
		*link = NULL;
		h->top = (uintptr_t)c;
	}
}
