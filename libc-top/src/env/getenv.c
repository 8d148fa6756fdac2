#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "env_impl.h"

char *getenv(const char *name)
{
	size_t n = strlen(name);
	if (!__environ || !n || strchr(name, '='))
		return NULL;
	for (char **e = __environ; *e; e++)
		if (!strncmp(*e, name, n) && (*e)[n] == '=')
			return *e + n + 1;
	return NULL;
}
