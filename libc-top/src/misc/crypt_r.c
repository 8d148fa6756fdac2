#include <crypt.h>
#include <string.h>
#include "des_impl.h"

/* Only the traditional DES-based method is built in (see docs/posix.md):
   a salt in any other form, "$id$..." included, is EINVAL. */
char *crypt_r(const char *key, const char *salt, struct crypt_data *data)
{
	return __crypt_des(key, salt, data->__buf) ? 0 : data->__buf;
}
