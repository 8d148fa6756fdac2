#include "stdio_impl.h"

/* There is one thread, so the lock is always free. */
int ftrylockfile(FILE *f)
{
	(void)f;
	return 0;
}
