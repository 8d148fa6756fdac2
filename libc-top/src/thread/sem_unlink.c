#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "thread_impl.h"

/* The name goes at once; the semaphore lives on until its last close. */
int sem_unlink(const char *name)
{
	name = __sem_name(name);
	if (!name)
		return -1;
	struct __named_sem **p;
	for (p = &__named_sems; *p; p = &(*p)->next)
		if (!(*p)->unlinked && !strcmp((*p)->name, name))
			break;
	struct __named_sem *n = *p;
	if (!n) {
		errno = ENOENT;
		return -1;
	}
	n->unlinked = 1;
	if (!n->refs) {
		*p = n->next;
		free(n);
	}
	return 0;
}
