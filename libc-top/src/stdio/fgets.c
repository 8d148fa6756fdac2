#include <string.h>
#include "stdio_impl.h"

/* Copies from the buffer a run at a time, up to the newline. */
char *fgets(char *restrict s, int n, FILE *restrict f)
{
	if (n <= 0)
		return NULL;
	unsigned had_error = f->flags & F_ERR;
	size_t room = (size_t)n - 1, i = 0;
	while (i < room) {
		if (f->rpos == f->rlen) {
			if (__stdio_fill(f) == EOF) {
				/* On a read error the array contents are
				   indeterminate; at end of file with nothing
				   read they are unchanged. */
				if (i == 0 || (!had_error && (f->flags & F_ERR)))
					return NULL;
				break;
			}
			f->rpos--;
		}
		const unsigned char *p = f->buf + f->rpos;
		size_t k = f->rlen - f->rpos;
		if (k > room - i)
			k = room - i;
		const unsigned char *nl = memchr(p, '\n', k);
		if (nl)
			k = (size_t)(nl - p) + 1;
		memcpy(s + i, p, k);
		i += k;
		f->rpos += k;
		if (nl)
			break;
	}
	s[i] = 0;
	return s;
}

weak_alias(fgets, fgets_unlocked);
