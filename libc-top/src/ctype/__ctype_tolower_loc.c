#include <stdint.h>

/* glibc's tolower table (see __ctype_b_loc.c), indexed from -128 to 255:
   a negative index other than EOF stands for the unsigned char it was,
   and only 'A'..'Z' change. */
#define F(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c))
#define E(i) ((i) < -1 ? F((i) + 256) : F(i))
#define E4(c) E(c), E((c) + 1), E((c) + 2), E((c) + 3)
#define E16(c) E4(c), E4((c) + 4), E4((c) + 8), E4((c) + 12)
#define E64(c) E16(c), E16((c) + 16), E16((c) + 32), E16((c) + 48)

static const int32_t table[384] = {
	E64(-128), E64(-64), E64(0), E64(64), E64(128), E64(192),
};

static const int32_t *const ptr = table + 128;

const int32_t **__ctype_tolower_loc(void)
{
	return (const int32_t **)&ptr;
}
