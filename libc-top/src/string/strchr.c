#include <string.h>

/* Searching for '\0' finds the terminator, as the standard requires. */
char *strchr(const char *s, int c)
{
	char ch = (char)c;
	for (;; s++) {
		if (*s == ch)
			return (char *)s;
		if (!*s)
			return NULL;
	}
}
