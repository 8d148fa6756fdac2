#include "stdio_impl.h"

size_t fwrite(const void *restrict p, size_t size, size_t nmemb, FILE *restrict f)
{
	if (!size || !nmemb)
		return 0;
	/* No object can be larger than SIZE_MAX bytes, so a product that
	   overflows describes no valid buffer; write nothing. */
	if (nmemb > (size_t)-1 / size)
		return 0;
	size_t n = size * nmemb;
	/* Room in the buffer of a fully buffered byte stream that is
	   writing. */
	if (n <= f->wcap && f->wlen <= f->wcap - n && f->orient < 0) {
		/* one memory.copy, not a call (the libc builds freestanding) */
		__builtin_memcpy(f->buf + f->wlen, p, n);
		f->wlen += n;
		return nmemb;
	}
	size_t done = __fwritex(p, n, f);
	return done == n ? nmemb : done / size;
}

weak_alias(fwrite, fwrite_unlocked);
