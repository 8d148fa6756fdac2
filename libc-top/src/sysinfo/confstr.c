#include <errno.h>
#include <string.h>
#include <unistd.h>

/* The compilation environments (_CS_POSIX_V*), the environment variables
   they need (_CS_V*_ENV) and the threads flags need nothing extra: their
   values are empty strings. _CS_GNU_* name glibc, which this is not: they
   are names with no value, 0 with errno unchanged. Only a name that is
   not one is EINVAL. */
size_t confstr(int name, char *buf, size_t len)
{
	const char *s;

	switch (name) {
	case _CS_PATH:
		s = "/bin:/usr/bin";
		break;
	/* wasm32: 32-bit int, long and pointers, a 64-bit off_t. */
	case _CS_POSIX_V5_WIDTH_RESTRICTED_ENVS:
		s = "XBS5_ILP32_OFFBIG";
		break;
	case _CS_POSIX_V6_WIDTH_RESTRICTED_ENVS:
		s = "POSIX_V6_ILP32_OFFBIG";
		break;
	case _CS_POSIX_V7_WIDTH_RESTRICTED_ENVS:
		s = "POSIX_V7_ILP32_OFFBIG";
		break;
	case _CS_GNU_LIBC_VERSION:
	case _CS_GNU_LIBPTHREAD_VERSION:
		return 0;
	default:
		if (name < _CS_POSIX_V6_ILP32_OFF32_CFLAGS
		    || name > _CS_POSIX_V7_THREADS_LDFLAGS) {
			errno = EINVAL;
			return 0;
		}
		s = "";
	}
	size_t n = strlen(s) + 1;
	if (buf && len) {
		size_t copy = n < len ? n : len;
		memcpy(buf, s, copy - 1);
		buf[copy - 1] = 0;
	}
	return n;
}
