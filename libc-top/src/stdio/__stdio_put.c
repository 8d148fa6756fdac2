#include <unistd.h>
#include "stdio_impl.h"

/* Write straight to the descriptor, retrying short writes. Returns how many
   bytes went out; fewer than n means the error flag is now set. */
size_t __stdio_put(FILE *f, const unsigned char *s, size_t n)
{
	size_t done = 0;
	while (done < n) {
		ssize_t r = write(f->fd, s + done, n - done);
		if (r <= 0) {
			f->flags |= F_ERR;
			break;
		}
		done += (size_t)r;
	}
	return done;
}
