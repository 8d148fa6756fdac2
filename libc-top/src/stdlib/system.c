#include <errno.h>
#include <stdlib.h>

/* WASI has no processes: there is no command processor to run. */
int system(const char *command)
{
	if (!command)
		return 0;
	errno = ENOSYS;
	return -1;
}
