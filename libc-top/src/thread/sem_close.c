#include <errno.h>
#include <stdlib.h>
#include "thread_impl.h"

int sem_close(sem_t *s)
{
	struct __named_sem **p;
	for (p = &__named_sems; *p; p = &(*p)->next)
		if (&(*p)->sem == s)
			break;
	struct __named_sem *n = *p;
	if (!n || !n->refs) {
		errno = EINVAL;
		return -1;
	}
	if (!--n->refs && n->unlinked) {
		*p = n->next;
		free(n);
	}
	return 0;
}
