#include <stdlib.h>

/* A WASI program never runs with privileges other than its caller's. */
char *secure_getenv(const char *name)
{
	return getenv(name);
}
