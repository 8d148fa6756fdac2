#include <errno.h>
#include <string.h>
#include "des_impl.h"

static const char digits[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

static int value(char c)
{
	const char *p = c ? strchr(digits, c) : 0;
	return p ? (int)(p - digits) : -1;
}

int __crypt_des(const char *key, const char *salt, char out[14])
{
	int s0 = value(salt[0]), s1 = s0 < 0 ? -1 : value(salt[1]);
	if (s1 < 0) {
		errno = EINVAL;
		return -1;
	}

	/* Up to eight characters of seven bits each, parity bits left 0. */
	unsigned char kbits[64] = { 0 };
	for (int i = 0; i < 8 && key[i]; i++)
		for (int j = 0; j < 7; j++)
			kbits[8 * i + j] = (unsigned char)key[i] >> (6 - j) & 1;
	struct des_key ks;
	__des_key(&ks, kbits);

	unsigned char block[64] = { 0 };
	for (int n = 0; n < 25; n++)
		__des_block(&ks, block, 0, (unsigned)(s0 | s1 << 6));

	/* 64 bits and two zero bits, six at a time, most significant first. */
	out[0] = salt[0];
	out[1] = salt[1];
	for (int c = 0; c < 11; c++) {
		int v = 0;
		for (int j = 0; j < 6; j++) {
			int bit = 6 * c + j;
			v = v << 1 | (bit < 64 ? block[bit] : 0);
		}
		out[2 + c] = digits[v];
	}
	out[13] = 0;
	return 0;
}
