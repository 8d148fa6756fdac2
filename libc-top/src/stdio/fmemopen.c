#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

/* The stream is unbuffered: every write lands in the caller's array at
   once, so fflush has nothing left to do. */
struct mem {
	unsigned char *buf;
	size_t size;
	size_t pos;
	size_t end;   /* the current size of the contents */
	int owned;    /* buf came from fmemopen's own calloc */
};

static ssize_t mem_read(FILE *f, unsigned char *d, size_t n)
{
	struct mem *m = f->cookie;
	size_t k = m->pos < m->end ? m->end - m->pos : 0;
	if (k > n)
		k = n;
	memcpy(d, m->buf + m->pos, k);
	m->pos += k;
	return (ssize_t)k;
}

/* Text written is kept terminated: a NUL follows it when it extends the
   contents and there is room. Room for that NUL is kept when the text
   would otherwise fill the array, unless the text ends in a NUL itself. */
static ssize_t mem_write(FILE *f, const unsigned char *s, size_t n)
{
	struct mem *m = f->cookie;
	size_t room = m->size - m->pos;
	size_t nul = n && s[n - 1] != 0;
	if (n + nul > room) {
		if (room <= nul) {
			errno = ENOSPC;
			return -1;
		}
		n = room - nul;
	}
	memcpy(m->buf + m->pos, s, n);
	m->pos += n;
	if (m->pos > m->end) {
		m->end = m->pos;
		if (m->end < m->size)
			m->buf[m->end] = 0;
	}
	return (ssize_t)n;
}

static off_t mem_seek(FILE *f, off_t off, int whence)
{
	struct mem *m = f->cookie;
	off_t base = whence == SEEK_SET ? 0
	           : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->end;
	if (off < -base || off > (off_t)m->size - base) {
		errno = EINVAL;
		return -1;
	}
	m->pos = (size_t)(base + off);
	return (off_t)m->pos;
}

static int mem_close(FILE *f)
{
	struct mem *m = f->cookie;
	if (m->owned)
		free(m->buf);
	return 0;
}

static const struct __stdio_ops mem_ops = { mem_read, mem_write, mem_seek, mem_close };

FILE *fmemopen(void *restrict buf, size_t size, const char *restrict mode)
{
	int flags = __stdio_oflags(mode);
	if (flags < 0)
		return NULL;
	int owned = 0;
	if (!buf) {
		/* calloc(0) may give NULL; the array then simply has no room. */
		buf = calloc(size ? size : 1, 1);
		if (!buf) {
			errno = ENOMEM;
			return NULL;
		}
		owned = 1;
	}
	FILE *f = __stdio_new(-1, flags, 0, sizeof(struct mem));
	if (!f) {
		if (owned)
			free(buf);
		errno = ENOMEM;
		return NULL;
	}
	struct mem *m = f->cookie;
	m->buf = buf;
	m->size = size;
	m->owned = owned;
	if (flags & O_APPEND)
		m->end = m->pos = strnlen(buf, size);
	else if (flags & O_TRUNC)
		m->end = 0;
	else
		m->end = size;
	if ((flags & O_TRUNC) && size)
		m->buf[0] = 0;
	f->ops = &mem_ops;
	return f;
}
