#include <string.h>

/* Copies up to and including the first c; returns the byte after it in
   dst, or NULL if c was not among the n bytes. */
void *memccpy(void *restrict dst, const void *restrict src, int c, size_t n)
{
	const unsigned char *hit = memchr(src, c, n);
	size_t len = hit ? (size_t)(hit - (const unsigned char *)src) + 1 : n;
	memcpy(dst, src, len);
	return hit ? (unsigned char *)dst + len : NULL;
}
