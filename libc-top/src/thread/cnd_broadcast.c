#include <threads.h>

int cnd_broadcast(cnd_t *c)
{
	(void)c;
	return thrd_success;
}
