#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "stdio_impl.h"

/* open_memstream's wide twin. The stream is wide-oriented and unbuffered;
   the UTF-8 that the wide functions write to it is decoded here, so sizes
   and seek offsets count wide characters. *ptr and *sizep are kept current
   after every write and seek, and the contents are always terminated by a
   null wide character. */
struct wmemstream {
	wchar_t **ptr;
	size_t *sizep;
	wchar_t *buf;
	size_t cap;   /* characters allocated, always more than len */
	size_t pos;
	size_t len;
	mbstate_t st; /* a character split between two writes */
};

static void publish(struct wmemstream *m)
{
	*m->ptr = m->buf;
	*m->sizep = m->pos;
}

static int reserve(struct wmemstream *m, size_t need)
{
	if (need < m->cap)
		return 0;
	size_t cap = m->cap * 2;
	if (cap <= need)
		cap = need + 1;
	if (cap > (size_t)-1 / sizeof(wchar_t)) {
		errno = ENOMEM;
		return -1;
	}
	wchar_t *b = realloc(m->buf, cap * sizeof *b);
	if (!b) {
		errno = ENOMEM;
		return -1;
	}
	wmemset(b + m->cap, 0, cap - m->cap);
	m->buf = b;
	m->cap = cap;
	return 0;
}

static ssize_t wms_write(FILE *f, const unsigned char *s, size_t n)
{
	struct wmemstream *m = f->cookie;
	size_t done = 0;
	while (done < n) {
		wchar_t wc;
		size_t k = mbrtowc(&wc, (const char *)s + done, n - done, &m->st);
		if (k == (size_t)-2)
			break;   /* the state keeps the start of a character */
		if (k == (size_t)-1) {
			/* Only a byte function can write invalid UTF-8 here. */
			memset(&m->st, 0, sizeof m->st);
			errno = EILSEQ;
			return -1;
		}
		if (reserve(m, m->pos + 1))
			return -1;
		m->buf[m->pos++] = wc;
		if (m->pos > m->len)
			m->len = m->pos;
		done += k ? k : 1;
	}
	publish(m);
	return (ssize_t)n;
}

static off_t wms_seek(FILE *f, off_t off, int whence)
{
	struct wmemstream *m = f->cookie;
	off_t base = whence == SEEK_SET ? 0
	           : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->len;
	if (off < -base || off > (off_t)((size_t)-1 / 8) - base) {
		errno = EINVAL;
		return -1;
	}
	size_t pos = (size_t)(base + off);
	if (reserve(m, pos))
		return -1;
	m->pos = pos;
	if (m->pos > m->len)
		m->len = m->pos;
	memset(&m->st, 0, sizeof m->st);
	publish(m);
	return (off_t)pos;
}

static int wms_close(FILE *f)
{
	publish(f->cookie);
	return 0;
}

static ssize_t wms_read(FILE *f, unsigned char *d, size_t n)
{
	(void)f;
	(void)d;
	(void)n;
	errno = EBADF;
	return -1;
}

static const struct __stdio_ops wms_ops = { wms_read, wms_write, wms_seek, wms_close };

FILE *open_wmemstream(wchar_t **ptr, size_t *sizep)
{
	if (!ptr || !sizep) {
		errno = EINVAL;
		return NULL;
	}
	wchar_t *buf = calloc(16, sizeof *buf);
	if (!buf) {
		errno = ENOMEM;
		return NULL;
	}
	FILE *f = __stdio_new(-1, O_WRONLY, 0, sizeof(struct wmemstream));
	if (!f) {
		free(buf);
		errno = ENOMEM;
		return NULL;
	}
	struct wmemstream *m = f->cookie;
	*m = (struct wmemstream){ .ptr = ptr, .sizep = sizep, .buf = buf, .cap = 16 };
	publish(m);
	f->ops = &wms_ops;
	f->orient = 1;
	return f;
}
