#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include "temp_impl.h"

/* Only pick a name no file has yet: another program may take it before the
   caller does, which is why mkstemp exists. On failure the template becomes
   the empty string, as mktemp has always reported it. */
static int unused_name(const char *name, int unused)
{
	struct stat st;

	(void)unused;
	if (lstat(name, &st) == 0) {
		errno = EEXIST;
		return -1;
	}
	return errno == ENOENT ? 0 : -1;
}

char *mktemp(char *template)
{
	if (__make_temp(template, 0, unused_name, 0) < 0)
		*template = 0;
	return template;
}
