#include <unistd.h>
#include "des_impl.h"

/* As crypt_r, into a static buffer that the next call overwrites. */
char *crypt(const char *key, const char *salt)
{
	static char buf[14];
	return __crypt_des(key, salt, buf) ? 0 : buf;
}
