#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "env_impl.h"

static char **own;          /* the vector we allocated, or NULL */
static char **made;         /* the strings setenv allocated */
static size_t nmade, capmade;

void __env_release(char *s)
{
	for (size_t i = 0; i < nmade; i++) {
		if (made[i] == s) {
			made[i] = made[--nmade];
			free(s);
			return;
		}
	}
}

void __env_release_all(void)
{
	while (nmade)
		free(made[--nmade]);
}

static int remember(char *s)
{
	if (nmade == capmade) {
		size_t cap = capmade ? 2 * capmade : 8;
		char **m = realloc(made, cap * sizeof *m);
		if (!m)
			return -1;
		made = m;
		capmade = cap;
	}
	made[nmade++] = s;
	return 0;
}

int __env_put(char *s, size_t n, int owned)
{
	size_t count = 0;

	if (owned && remember(s)) {
		errno = ENOMEM;
		return -1;
	}
	if (__environ) {
		for (; __environ[count]; count++) {
			if (!strncmp(__environ[count], s, n) && __environ[count][n] == '=') {
				char *old = __environ[count];
				__environ[count] = s;
				__env_release(old);
				return 0;
			}
		}
	}
	/* A vector that is not ours (the start-up one, or one the program
	   assigned) is copied, never resized or freed. */
	char **v = realloc(__environ == own ? own : NULL, (count + 2) * sizeof *v);
	if (!v) {
		if (owned)
			nmade--;
		errno = ENOMEM;
		return -1;
	}
	if (__environ != own && count)
		memcpy(v, __environ, count * sizeof *v);
	v[count] = s;
	v[count + 1] = NULL;
	__environ = own = v;
	return 0;
}
