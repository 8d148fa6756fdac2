#include <stdlib.h>
#include <string.h>

char *strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *copy = malloc(n);
	if (!copy)
		return NULL;
	return memcpy(copy, s, n);
}
