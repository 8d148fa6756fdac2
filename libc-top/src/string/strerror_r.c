/* The libc builds with _ALL_SOURCE, under which <string.h> declares the
   GNU strerror_r; this file defines the POSIX one, so it asks for POSIX. */
#undef _ALL_SOURCE
#undef _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "libc.h"

/* The POSIX flavour: ERANGE when buf is too small, which still gets as
   much of the message as fits, terminated. */
int strerror_r(int e, char *buf, size_t n)
{
	const char *msg = strerror(e);
	size_t len = strlen(msg);
	if (!n)
		return ERANGE;
	if (len >= n) {
		memcpy(buf, msg, n - 1);
		buf[n - 1] = 0;
		return ERANGE;
	}
	memcpy(buf, msg, len + 1);
	return 0;
}

weak_alias(strerror_r, __xpg_strerror_r);
