#include <string.h>

char *strtok(char *restrict s, const char *restrict sep)
{
	static char *next;
	if (!s && !(s = next))
		return NULL;
	s += strspn(s, sep);
	if (!*s) {
		next = NULL;
		return NULL;
	}
	char *end = s + strcspn(s, sep);
	next = *end ? end + 1 : NULL;
	*end = 0;
	return s;
}
