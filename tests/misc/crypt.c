/* The traditional DES-based crypt, against hashes glibc's libcrypt gives
   for the same keys and salts (it is not in libc there, so this test is
   not portable), and encrypt/setkey against the standard's worked
   example: key 133457799BBCDFF1 takes 0123456789ABCDEF to 85E813540F0AB405. */
#define _XOPEN_SOURCE 700
#include <crypt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "errcheck.h"

static void bits(char *out, const char *hex)
{
	for (int i = 0; i < 64; i++) {
		int c = hex[i / 4], d = c <= '9' ? c - '0' : c - 'A' + 10;
		out[i] = d >> (3 - i % 4) & 1;
	}
}

static void show(const char *what, const char *b)
{
	printf("%s ", what);
	for (int i = 0; i < 16; i++)
		printf("%X", b[4 * i] << 3 | b[4 * i + 1] << 2 | b[4 * i + 2] << 1 | b[4 * i + 3]);
	printf("\n");
}

int main(void)
{
	static const char *const cases[][3] = {
		{ "secret", "ab", "abNANd1rDfiNc" },
		{ "", "..", "..X8NBuQ4l6uQ" },
		{ "password", "zz", "zzXUHfURnGg8I" },
		/* Only the first eight characters count. */
		{ "abcdefghijklmnop", "/.", "/.s4aPh2tuT.E" },
		{ "abcdefghXYZ", "/.", "/.s4aPh2tuT.E" },
		/* Seven bits of each. */
		{ "\xff\x80x", "Az", "AzEuzxzOetu9M" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *r = crypt(STR(cases[i][0]), STR(cases[i][1]));
		CHECK(r && !strcmp(r, cases[i][2]));
		printf("%s\n", r ? r : "(null)");
		struct crypt_data data;
		memset(&data, 0, sizeof data);
		r = crypt_r(STR(cases[i][0]), STR(cases[i][1]), &data);
		CHECK(r == data.__buf && !strcmp(r, cases[i][2]));
	}

	/* Salts that are not two of [./0-9A-Za-z], and the "$id$" methods,
	   which are not built in. */
	static const char *const bad[] = { "", "a", "!!", "a!", "$1$abc$", "$6$salt$" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		errno = 0;
		CHECK(crypt("key", STR(bad[i])) == NULL);
		CHECK_EQ(ERRNO, EINVAL);
	}

	char key[64], block[64], plain[64];
	bits(key, "133457799BBCDFF1");
	bits(plain, "0123456789ABCDEF");
	setkey(key);
	memcpy(block, plain, 64);
	encrypt(block, 0);
	show("encrypted", block);
	char want[64];
	bits(want, "85E813540F0AB405");
	CHECK(!memcmp(block, want, 64));
	encrypt(block, 1);
	CHECK(!memcmp(block, plain, 64));
	/* The parity bits (every eighth) take no part. */
	for (int i = 7; i < 64; i += 8)
		key[i] ^= 1;
	setkey(key);
	encrypt(block, 0);
	CHECK(!memcmp(block, want, 64));
	show("again", block);
	return test_done();
}
