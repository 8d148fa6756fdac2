#include <string.h>

char *strtok_r(char *restrict s, const char *restrict sep, char **restrict save)
{
	if (!s && !(s = *save))
		return NULL;
	s += strspn(s, sep);
	if (!*s) {
		*save = NULL;
		return NULL;
	}
	char *end = s + strcspn(s, sep);
	if (*end)
		*end++ = 0;
	else
		end = NULL;
	*save = end;
	return s;
}
