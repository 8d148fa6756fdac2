#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

ssize_t getdelim(char **restrict line, size_t *restrict cap, int delim, FILE *restrict f)
{
	if (!line || !cap) {
		f->flags |= F_ERR;
		errno = EINVAL;
		return -1;
	}
	if (!*line)
		*cap = 0;
	unsigned had_error = f->flags & F_ERR;
	size_t len = 0;
	for (;;) {
		if (f->rpos == f->rlen) {
			if (__stdio_fill(f) == EOF)
				break;
			f->rpos--;
		}
		const unsigned char *start = f->buf + f->rpos;
		size_t avail = f->rlen - f->rpos;
		const unsigned char *end = memchr(start, delim, avail);
		size_t k = end ? (size_t)(end - start) + 1 : avail;
		if (k >= *cap - len) {
			size_t want = *cap * 2;
			if (want < len + k + 1)
				want = len + k + 1;
			if (want < 64)
				want = 64;
			char *grown = realloc(*line, want);
			if (!grown) {
				/* The bytes stay buffered for a later call. */
				f->flags |= F_ERR;
				errno = ENOMEM;
				return -1;
			}
			*line = grown;
			*cap = want;
		}
		memcpy(*line + len, start, k);
		len += k;
		f->rpos += k;
		if (end)
			break;
	}
	if (!len || (!had_error && (f->flags & F_ERR))) {
		/* Leave a buffer behind even at end of file: programs written
		   for other systems free it unconditionally. */
		if (!*line && (*line = malloc(64))) {
			**line = 0;
			*cap = 64;
		}
		return -1;
	}
	(*line)[len] = 0;
	return (ssize_t)len;
}
