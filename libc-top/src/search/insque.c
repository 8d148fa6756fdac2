#include <search.h>
#include <stddef.h>

struct link {
	struct link *next, *prev;
};

/* With no predecessor the element starts a list of its own, not
   circular: both of its links are null. */
void insque(void *element, void *pred)
{
	struct link *e = element, *p = pred;

	if (!p) {
		e->next = e->prev = NULL;
		return;
	}
	e->next = p->next;
	e->prev = p;
	p->next = e;
	if (e->next)
		e->next->prev = e;
}
