#include <errno.h>
#include "stdio_impl.h"

/* WASI cannot start a process. */
FILE *popen(const char *cmd, const char *mode)
{
	(void)cmd;
	(void)mode;
	errno = ENOSYS;
	return NULL;
}
