#include <string.h>

/* Unlike strtok, empty fields between adjacent separators are returned. */
char *strsep(char **sp, const char *sep)
{
	char *s = *sp;
	if (!s)
		return NULL;
	char *end = s + strcspn(s, sep);
	if (*end)
		*end++ = 0;
	else
		end = NULL;
	*sp = end;
	return s;
}
