#include "thread_impl.h"

int sem_getvalue(sem_t *restrict s, int *restrict value)
{
	*value = SEM_VALUE(s);
	return 0;
}
