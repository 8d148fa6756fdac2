#include <errno.h>
#include <unistd.h>

/* As crypt_r: no password hashing is built in (see docs/posix.md). */
char *crypt(const char *key, const char *salt)
{
	(void)key;
	(void)salt;
	errno = ENOSYS;
	return 0;
}
