#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "env_impl.h"

int setenv(const char *name, const char *value, int overwrite)
{
	size_t n = name ? strcspn(name, "=") : 0;

	if (!n || name[n]) {
		errno = EINVAL;
		return -1;
	}
	if (!overwrite && getenv(name))
		return 0;
	size_t m = strlen(value);
	char *s = malloc(n + m + 2);
	if (!s) {
		errno = ENOMEM;
		return -1;
	}
	memcpy(s, name, n);
	s[n] = '=';
	memcpy(s + n + 1, value, m + 1);
	if (__env_put(s, n, 1)) {
		free(s);
		return -1;
	}
	return 0;
}
