#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

/* The stream is unbuffered and keeps *ptr and *sizep current after every
   write and seek, which is more than fflush and fclose promise. The size
   is the position; the contents, which may go on past it after a seek
   back, are always NUL-terminated. */
struct memstream {
	char **ptr;
	size_t *sizep;
	char *buf;
	size_t cap;   /* bytes allocated, always more than len */
	size_t pos;
	size_t len;   /* the end of the contents */
};

static void publish(struct memstream *m)
{
	*m->ptr = m->buf;
	*m->sizep = m->pos;
}

static int reserve(struct memstream *m, size_t need)
{
	if (need < m->cap)
		return 0;
	size_t cap = m->cap * 2;
	if (cap <= need)
		cap = need + 1;
	char *b = realloc(m->buf, cap);
	if (!b) {
		errno = ENOMEM;
		return -1;
	}
	/* Bytes skipped by a seek past the end read as zeros. */
	memset(b + m->cap, 0, cap - m->cap);
	m->buf = b;
	m->cap = cap;
	return 0;
}

static ssize_t ms_write(FILE *f, const unsigned char *s, size_t n)
{
	struct memstream *m = f->cookie;
	if (n > (size_t)-1 / 2 - m->pos) {
		errno = EFBIG;
		return -1;
	}
	if (reserve(m, m->pos + n))
		return -1;
	memcpy(m->buf + m->pos, s, n);
	m->pos += n;
	if (m->pos > m->len)
		m->len = m->pos;
	publish(m);
	return (ssize_t)n;
}

static off_t ms_seek(FILE *f, off_t off, int whence)
{
	struct memstream *m = f->cookie;
	off_t base = whence == SEEK_SET ? 0
	           : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->len;
	if (off < -base || off > (off_t)((size_t)-1 / 2) - base) {
		errno = EINVAL;
		return -1;
	}
	size_t pos = (size_t)(base + off);
	/* The contents reach at least as far as the position, zero-filled,
	   so that what is published always holds *sizep bytes and a NUL. */
	if (reserve(m, pos))
		return -1;
	m->pos = pos;
	if (m->pos > m->len)
		m->len = m->pos;
	publish(m);
	return (off_t)pos;
}

static int ms_close(FILE *f)
{
	publish(f->cookie);
	return 0;
}

static ssize_t ms_read(FILE *f, unsigned char *d, size_t n)
{
	(void)f;
	(void)d;
	(void)n;
	errno = EBADF;
	return -1;
}

static const struct __stdio_ops ms_ops = { ms_read, ms_write, ms_seek, ms_close };

FILE *open_memstream(char **ptr, size_t *sizep)
{
	if (!ptr || !sizep) {
		errno = EINVAL;
		return NULL;
	}
	char *buf = calloc(64, 1);
	if (!buf) {
		errno = ENOMEM;
		return NULL;
	}
	FILE *f = __stdio_new(-1, O_WRONLY, 0, sizeof(struct memstream));
	if (!f) {
		free(buf);
		errno = ENOMEM;
		return NULL;
	}
	struct memstream *m = f->cookie;
	*m = (struct memstream){ ptr, sizep, buf, 64, 0, 0 };
	publish(m);
	f->ops = &ms_ops;
	return f;
}
