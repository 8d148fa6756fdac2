#include <errno.h>
#include "stdio_impl.h"

/* A buffered stream over the caller's four functions. A missing read or
   write makes that direction fail (so no output vanishes unreported), a
   missing seek makes seeking fail, and a missing close does nothing. */
struct cookie_file {
	void *cookie;
	cookie_io_functions_t io;
};

static ssize_t cf_read(FILE *f, unsigned char *d, size_t n)
{
	struct cookie_file *c = f->cookie;
	if (!c->io.read) {
		errno = EBADF;
		return -1;
	}
	return c->io.read(c->cookie, (char *)d, n);
}

static ssize_t cf_write(FILE *f, const unsigned char *s, size_t n)
{
	struct cookie_file *c = f->cookie;
	if (!c->io.write) {
		errno = EBADF;
		return -1;
	}
	return c->io.write(c->cookie, (const char *)s, n);
}

static off_t cf_seek(FILE *f, off_t off, int whence)
{
	struct cookie_file *c = f->cookie;
	if (!c->io.seek) {
		errno = ESPIPE;
		return -1;
	}
	return c->io.seek(c->cookie, &off, whence) ? -1 : off;
}

static int cf_close(FILE *f)
{
	struct cookie_file *c = f->cookie;
	return c->io.close ? c->io.close(c->cookie) : 0;
}

static const struct __stdio_ops cookie_ops = { cf_read, cf_write, cf_seek, cf_close };

FILE *fopencookie(void *cookie, const char *mode, cookie_io_functions_t io)
{
	int flags = __stdio_oflags(mode);
	if (flags < 0)
		return NULL;
	FILE *f = __stdio_new(-1, flags, F_BUFSIZE, sizeof(struct cookie_file));
	if (!f) {
		errno = ENOMEM;
		return NULL;
	}
	struct cookie_file *c = f->cookie;
	c->cookie = cookie;
	c->io = io;
	f->ops = &cookie_ops;
	return f;
}
