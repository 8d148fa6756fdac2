#include <errno.h>
#include "stdio_impl.h"

int fileno(FILE *f)
{
	if (f->ops || f->fd < 0) {
		errno = EBADF;
		return -1;
	}
	return f->fd;
}

weak_alias(fileno, fileno_unlocked);
