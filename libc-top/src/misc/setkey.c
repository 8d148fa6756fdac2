#include <stdlib.h>
#include "des_impl.h"

struct des_key __encrypt_key;

void setkey(const char *key)
{
	__des_key(&__encrypt_key, (const unsigned char *)key);
}
