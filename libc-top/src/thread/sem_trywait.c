#include <errno.h>
#include "thread_impl.h"

int sem_trywait(sem_t *s)
{
	if (!SEM_VALUE(s)) {
		errno = EAGAIN;
		return -1;
	}
	SEM_VALUE(s)--;
	return 0;
}
