#include <stdlib.h>
#include <string.h>

char *strndup(const char *s, size_t n)
{
	const char *end = memchr(s, 0, n);
	size_t len = end ? (size_t)(end - s) : n;
	char *copy = malloc(len + 1);
	if (!copy)
		return NULL;
	memcpy(copy, s, len);
	copy[len] = 0;
	return copy;
}
