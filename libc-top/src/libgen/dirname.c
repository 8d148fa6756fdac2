#include <libgen.h>
#include <string.h>

/* Everything before the last component, without the slashes that end it.
   POSIX leaves a path that starts with exactly two slashes to the system;
   as glibc does, such a root stays "//" and any other run of slashes
   becomes "/". */
char *dirname(char *s)
{
	if (!s || !*s)
		return ".";
	size_t i = strlen(s) - 1;
	while (i > 0 && s[i] == '/')
		i--;
	while (s[i] != '/') {
		if (i == 0)
			return ".";
		i--;
	}
	while (i > 0 && s[i] == '/')
		i--;
	if (i == 0 && s[0] == '/') {
		size_t slashes = strspn(s, "/");
		s[slashes == 2 ? 2 : 1] = 0;
		return s;
	}
	s[i + 1] = 0;
	return s;
}
