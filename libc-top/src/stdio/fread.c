#include <string.h>
#include "stdio_impl.h"

size_t fread(void *restrict p, size_t size, size_t nmemb, FILE *restrict f)
{
	if (!size || !nmemb || !__stdio_orient(f, -1))
		return 0;
	/* No object can be larger than SIZE_MAX bytes. */
	if (nmemb > (size_t)-1 / size)
		nmemb = (size_t)-1 / size;
	unsigned char *d = p;
	size_t n = size * nmemb, done = 0;
	while (done < n) {
		size_t have = f->rlen - f->rpos;
		if (have) {
			size_t k = have < n - done ? have : n - done;
			memcpy(d + done, f->buf + f->rpos, k);
			f->rpos += k;
			done += k;
		} else if (f->mode != _IONBF && n - done < f->size) {
			int c = __stdio_fill(f);
			if (c == EOF)
				break;
			d[done++] = (unsigned char)c;
		} else {
			/* Too much for the buffer: straight into place. */
			size_t k = __stdio_get(f, d + done, n - done);
			if (!k)
				break;
			done += k;
		}
	}
	return done / size;
}

weak_alias(fread, fread_unlocked);
