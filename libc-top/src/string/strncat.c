#include <string.h>

/* Appends at most n bytes of src, always followed by '\0'. */
char *strncat(char *restrict dst, const char *restrict src, size_t n)
{
	const char *end = memchr(src, 0, n);
	size_t len = end ? (size_t)(end - src) : n;
	char *d = dst + strlen(dst);
	memcpy(d, src, len);
	d[len] = 0;
	return dst;
}
