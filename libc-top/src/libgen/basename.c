#include <libgen.h>
#include <string.h>
#include "libc.h"

/* The last component, with the slashes after it cut off in place; "/"
   for a path of slashes only. */
char *basename(char *s)
{
	if (!s || !*s)
		return ".";
	size_t end = strlen(s);
	while (end > 1 && s[end - 1] == '/')
		end--;
	s[end] = 0;
	size_t start = end;
	while (start > 0 && s[start - 1] != '/')
		start--;
	/* Only slashes: keep the first. */
	return start == end ? s : s + start;
}

/* glibc's name for the POSIX basename (its <libgen.h> renames it). */
weak_alias(basename, __xpg_basename);
