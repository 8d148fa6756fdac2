#include <errno.h>
#include <unistd.h>
#include "stdio_impl.h"

/* Write straight to the stream's destination, retrying short writes.
   Returns how many bytes went out; fewer than n means the error flag is
   now set. */
size_t __stdio_put(FILE *f, const unsigned char *s, size_t n)
{
	if ((f->flags & F_APP) && n) {
		/* fdopen cannot set O_APPEND on a descriptor it was given, so
		   append streams find the end themselves; a pipe has none. */
		int saved = errno;
		__stdio_seek(f, 0, SEEK_END);
		errno = saved;
	}
	size_t done = 0;
	while (done < n) {
		ssize_t r = f->ops ? f->ops->write(f, s + done, n - done)
		                   : __libc_write(f->fd, s + done, n - done);
		if (r <= 0) {
			f->flags |= F_ERR | F_WERR;
			break;
		}
		done += (size_t)r;
	}
	return done;
}
