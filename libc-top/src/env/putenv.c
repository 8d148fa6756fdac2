#include <stdlib.h>
#include <string.h>
#include "env_impl.h"

/* The string itself joins the environment. Without '=' it names a
   variable to remove, as on glibc. */
int putenv(char *s)
{
	size_t n = strcspn(s, "=");

	if (!s[n])
		return unsetenv(s);
	return __env_put(s, n, 0);
}
