#include <string.h>

size_t strnlen(const char *s, size_t n)
{
	const char *end = memchr(s, 0, n);
	return end ? (size_t)(end - s) : n;
}
