/*
 * <wasi/libc-environ.h>: control over when `environ` is filled. Here it is
 * filled by the constructor of environ.c, which any use of these functions
 * links, so "initialised" means `environ` is not null; deinitialising
 * empties it back to null, and the next ensure fetches it again from the
 * runtime. The old vector is not freed: setenv may have put strings of its
 * own in it, and a caller may still hold it.
 */

#include <wasi/libc-environ.h>

char **__libc_environ(void);

extern char **__environ;

static char *empty[1];

void __wasilibc_initialize_environ(void)
{
	char **env = __libc_environ();

	__environ = env ? env : empty;
}

void __wasilibc_ensure_environ(void)
{
	if (!__environ)
		__wasilibc_initialize_environ();
}

void __wasilibc_deinitialize_environ(void)
{
	__environ = 0;
}

/* "Only if the program refers to environ": this file does, so always.
   It fetches the environment again, for a program whose memory was
   snapshotted after start-up and resumed under another environment. */
void __wasilibc_maybe_reinitialize_environ_eagerly(void)
{
	__wasilibc_initialize_environ();
}

char **__wasilibc_get_environ(void)
{
	__wasilibc_ensure_environ();
	return __environ;
}
