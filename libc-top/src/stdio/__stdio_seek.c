#include <unistd.h>
#include "stdio_impl.h"

off_t __stdio_seek(FILE *f, off_t off, int whence)
{
	return f->ops ? f->ops->seek(f, off, whence) : __libc_lseek(f->fd, off, whence);
}
