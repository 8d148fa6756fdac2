// env: ONE=1
// env: TWO=2
/* <wasi/libc-environ.h>: the environment on demand. Deinitialising empties
   environ; the next ensure or get fetches it again from the runtime,
   dropping what setenv added. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasi/libc-environ.h>

#include "test.h"

static int count(char **env)
{
	int n = 0;
	while (env[n])
		n++;
	return n;
}

int main(void)
{
	char **env = __wasilibc_get_environ();

	CHECK(env == environ);
	CHECK_EQ(count(env), 2);
	CHECK(strcmp(env[0], "ONE=1") == 0);
	CHECK_EQ(setenv("THREE", "3", 1), 0);
	CHECK_EQ(count(__wasilibc_get_environ()), 3);

	__wasilibc_deinitialize_environ();
	CHECK(environ == NULL);
	__wasilibc_ensure_environ();
	CHECK(environ != NULL);
	CHECK_EQ(count(environ), 2);
	CHECK(getenv("THREE") == NULL);
	CHECK(strcmp(getenv("TWO"), "2") == 0);

	/* Ensure leaves an initialised environment alone. */
	CHECK_EQ(setenv("FOUR", "4", 1), 0);
	__wasilibc_ensure_environ();
	CHECK(strcmp(getenv("FOUR"), "4") == 0);

	/* Initialise and the eager re-initialisation both fetch again. */
	__wasilibc_initialize_environ();
	CHECK(getenv("FOUR") == NULL);
	CHECK_EQ(setenv("FIVE", "5", 1), 0);
	__wasilibc_maybe_reinitialize_environ_eagerly();
	CHECK(getenv("FIVE") == NULL);
	CHECK_EQ(count(__wasilibc_get_environ()), 2);
	return test_done();
}
