#include <errno.h>
#include <stdlib.h>

/* The key for encrypt, which is not built in (see docs/posix.md). */
void setkey(const char *key)
{
	(void)key;
	errno = ENOSYS;
}
