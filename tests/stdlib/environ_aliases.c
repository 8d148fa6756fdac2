// env: A=1
/* environ's other names: BSD's `_environ` and wasi-libc's
   `__wasilibc_environ` are the same vector, setenv included. */
#include <stdlib.h>
#include <string.h>

#include "test.h"

extern char **environ, **_environ, **__wasilibc_environ;

int main(void)
{
	CHECK(_environ == environ);
	CHECK(__wasilibc_environ == environ);
	CHECK(environ[0] && !strcmp(environ[0], "A=1"));
	CHECK_EQ(setenv("B", "2", 1), 0);
	CHECK(_environ == environ && __wasilibc_environ == environ);
	return test_done();
}
