#include <string.h>
#include "libc.h"

char *__strchrnul(const char *, int);

/* Searching for '\0' finds the terminator, as the standard requires. */
char *strchr(const char *s, int c)
{
	char *p = __strchrnul(s, c);
	return *p == (char)c ? p : NULL;
}
