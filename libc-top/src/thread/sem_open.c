#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "thread_impl.h"

/* Named semaphores are the process's own: a name can only ever be
   opened by this process, so a table in memory is the whole namespace.
   It starts empty at every run. */
struct __named_sem *__named_sems;

/* The part of a name after its one optional leading slash, or null with
   errno set when the name is not valid. */
hidden const char *__sem_name(const char *name)
{
	if (*name == '/')
		name++;
	size_t len = strlen(name);
	if (!len || strchr(name, '/')) {
		errno = EINVAL;
		return 0;
	}
	if (len > NAME_MAX) {
		errno = ENAMETOOLONG;
		return 0;
	}
	return name;
}

sem_t *sem_open(const char *name, int flags, ...)
{
	name = __sem_name(name);
	if (!name)
		return SEM_FAILED;
	struct __named_sem *n;
	for (n = __named_sems; n; n = n->next)
		if (!n->unlinked && !strcmp(n->name, name))
			break;
	if (n) {
		if ((flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL)) {
			errno = EEXIST;
			return SEM_FAILED;
		}
		n->refs++;
		return &n->sem;
	}
	if (!(flags & O_CREAT)) {
		errno = ENOENT;
		return SEM_FAILED;
	}
	va_list ap;
	va_start(ap, flags);
	(void)va_arg(ap, mode_t); /* no permissions to apply */
	unsigned value = va_arg(ap, unsigned);
	va_end(ap);
	if (value > SEM_VALUE_MAX) {
		errno = EINVAL;
		return SEM_FAILED;
	}
	size_t len = strlen(name);
	n = malloc(sizeof *n + len + 1);
	if (!n)
		return SEM_FAILED;
	memcpy(n->name, name, len + 1);
	n->sem = (sem_t){{0}};
	SEM_VALUE(&n->sem) = (int)value;
	n->refs = 1;
	n->unlinked = 0;
	n->next = __named_sems;
	__named_sems = n;
	return &n->sem;
}
