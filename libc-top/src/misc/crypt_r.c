#include <crypt.h>
#include <errno.h>

/* No password hashing is built in (see docs/posix.md): a null result
   and ENOSYS, which POSIX allows, rather than a weak or fake hash. */
char *crypt_r(const char *key, const char *salt, struct crypt_data *data)
{
	(void)key;
	(void)salt;
	(void)data;
	errno = ENOSYS;
	return 0;
}
