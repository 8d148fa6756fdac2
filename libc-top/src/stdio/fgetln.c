#include <string.h>
#include <stdio.h>
#include <sys/types.h>
#include "stdio_impl.h"

/* The line, newline included and not terminated, when it lies whole in
   the stream's buffer is returned where it is; otherwise it is gathered by
   getline into a buffer of fgetln's own. Either way it is good until the
   next input on the stream (or, for the second kind, the next fgetln). */
char *fgetln(FILE *f, size_t *lenp)
{
	static char *line;
	static size_t cap;
	if (f->rpos < f->rlen && __stdio_orient(f, -1)) {
		unsigned char *p = f->buf + f->rpos;
		unsigned char *nl = memchr(p, '\n', f->rlen - f->rpos);
		if (nl) {
			*lenp = (size_t)(nl - p) + 1;
			f->rpos += *lenp;
			return (char *)p;
		}
	}
	ssize_t n = getline(&line, &cap, f);
	if (n <= 0)
		return NULL;
	*lenp = (size_t)n;
	return line;
}
