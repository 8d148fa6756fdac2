/* The DES-based password and block functions are not built in: each
   fails with ENOSYS and leaves what it was given alone. */
#define _XOPEN_SOURCE 700
#include <crypt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "errcheck.h"

int main(void)
{
	errno = 0;
	CHECK(crypt(STR("secret"), STR("ab")) == NULL);
	CHECK_EQ(ERRNO, ENOSYS);

	struct crypt_data data;
	memset(&data, 0, sizeof data);
	errno = 0;
	CHECK(crypt_r(STR("secret"), STR("$6$salt$"), &data) == NULL);
	CHECK_EQ(ERRNO, ENOSYS);

	char key[64], block[64];
	memset(key, 1, sizeof key);
	memset(block, 0, sizeof block);
	errno = 0;
	setkey(key);
	CHECK_EQ(ERRNO, ENOSYS);
	errno = 0;
	encrypt(block, 0);
	CHECK_EQ(ERRNO, ENOSYS);
	CHECK(!memcmp(block, (char[64]){ 0 }, 64));
	printf("%s\n", errname(ENOSYS));
	return test_done();
}
