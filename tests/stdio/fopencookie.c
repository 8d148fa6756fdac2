// portable
/* fopencookie: a stream over the program's own functions, which see the
   bytes once the stream is flushed, and the seeks and the close. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>

#include "test.h"

struct mem {
	char data[256];
	size_t len, pos;
	int closed;
};

static ssize_t mem_read(void *p, char *d, size_t n)
{
	struct mem *m = p;
	size_t k = m->len - m->pos < n ? m->len - m->pos : n;
	memcpy(d, m->data + m->pos, k);
	m->pos += k;
	return (ssize_t)k;
}

static ssize_t mem_write(void *p, const char *s, size_t n)
{
	struct mem *m = p;
	if (n > sizeof m->data - m->pos)
		n = sizeof m->data - m->pos;
	memcpy(m->data + m->pos, s, n);
	m->pos += n;
	if (m->pos > m->len)
		m->len = m->pos;
	return (ssize_t)n;
}

static int mem_seek(void *p, off_t *off, int whence)
{
	struct mem *m = p;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->len;
	if (base + *off < 0 || base + *off > (off_t)sizeof m->data)
		return -1;
	m->pos = (size_t)(base + *off);
	*off = (off_t)m->pos;
	return 0;
}

static int mem_close(void *p)
{
	((struct mem *)p)->closed = 1;
	return 0;
}

int main(void)
{
	struct mem m = { .len = 0 };
	cookie_io_functions_t io = { mem_read, mem_write, mem_seek, mem_close };
	FILE *f = fopencookie(&m, "w+", io);
	CHECK(f != NULL);
	CHECK(fprintf(f, "%s %d", "cookie", 7) == 8);
	CHECK(fflush(f) == 0);
	CHECK(m.len == 8 && !memcmp(m.data, "cookie 7", 8));
	CHECK(fseek(f, 2, SEEK_SET) == 0 && ftell(f) == 2);
	char s[16];
	CHECK(fgets(s, sizeof s, f) && !strcmp(s, "okie 7"));
	CHECK(fgetc(f) == EOF && feof(f));
	CHECK(fseek(f, -1, SEEK_END) == 0);
	CHECK(fputs("!", f) >= 0);
	CHECK(fclose(f) == 0 && m.closed);
	CHECK(m.len == 8 && !memcmp(m.data, "cookie !", 8));

	/* without functions every operation fails; the output is reported
	   lost when the buffer is flushed */
	cookie_io_functions_t none = { NULL, NULL, NULL, NULL };
	f = fopencookie(&m, "r+", none);
	CHECK(f != NULL);
	CHECK(fgetc(f) == EOF && ferror(f));
	clearerr(f);
	CHECK(fseek(f, 0, SEEK_SET) == -1);
	CHECK(fputs("lost", f) >= 0 && fflush(f) == EOF && ferror(f));
	fclose(f);
	return test_done();
}
