#ifndef DES_IMPL_H
#define DES_IMPL_H

/* DES (FIPS 46-3) on blocks of bits, one bit per byte, most significant
   first, as encrypt and setkey take them; slow and simple, which is all
   crypt's 25 rounds and the old block interface need. */

#include "libc.h"

struct des_key {
	/* The sixteen 48-bit round keys, one bit per byte. */
	unsigned char k[16][48];
};

/* The round keys for a 64-bit key (every eighth bit, parity, unused). */
hidden void __des_key(struct des_key *, const unsigned char key[64]);

/* Encrypts (or with decrypt set, decrypts) a block in place. Each set
   bit i of the 12-bit salt swaps bits i and i + 24 of the expansion, as
   the traditional crypt does. */
hidden void __des_block(const struct des_key *, unsigned char block[64], int decrypt,
                        unsigned salt);

/* The traditional crypt: "ss" and 11 more characters into out[14], or -1
   (EINVAL) when the salt is not two characters of [./0-9A-Za-z]. */
hidden int __crypt_des(const char *key, const char *salt, char out[14]);

/* The key encrypt uses, which setkey sets; key 0 until then. */
extern hidden struct des_key __encrypt_key;

#endif
