#include <errno.h>
#include <limits.h>
#include "thread_impl.h"

int sem_post(sem_t *s)
{
	if (SEM_VALUE(s) == SEM_VALUE_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	SEM_VALUE(s)++;
	return 0;
}
