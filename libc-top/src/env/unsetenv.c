#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "env_impl.h"

int unsetenv(const char *name)
{
	size_t n = name ? strcspn(name, "=") : 0;

	if (!n || name[n]) {
		errno = EINVAL;
		return -1;
	}
	if (!__environ)
		return 0;
	/* Every entry of that name goes, in case the start-up vector or
	   the program put in more than one. */
	char **to = __environ;
	for (char **e = __environ; *e; e++) {
		if (!strncmp(*e, name, n) && (*e)[n] == '=')
			__env_release(*e);
		else
			*to++ = *e;
	}
	*to = NULL;
	return 0;
}
