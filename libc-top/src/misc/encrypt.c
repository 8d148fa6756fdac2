#include <unistd.h>
#include "des_impl.h"

/* DES on 64 bytes of one bit each, with the key setkey last set. */
void encrypt(char *block, int decrypt)
{
	__des_block(&__encrypt_key, (unsigned char *)block, decrypt, 0);
}
