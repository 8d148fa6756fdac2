#include "libm.h"

#define WORDS 8
#define LIMBS (WORDS + 3)

/* The product of the 53-bit m and WORDS 32-bit words of 2/pi from index
   i0, as little-endian 32-bit limbs. */
static void product(uint64_t m, int i0, uint64_t q[LIMBS])
{
	uint64_t mlo = m & 0xffffffff, mhi = m >> 32;
	for (int k = 0; k < LIMBS; k++)
		q[k] = 0;
	for (int k = 0; k < WORDS; k++) {
		uint64_t w = __two_over_pi[i0 + WORDS - 1 - k];
		uint64_t a = mlo * w, b = mhi * w;
		q[k] += a & 0xffffffff;
		q[k + 1] += (a >> 32) + (b & 0xffffffff);
		q[k + 2] += b >> 32;
	}
	for (int k = 0; k < LIMBS - 1; k++) {
		q[k + 1] += q[k] >> 32;
		q[k] &= 0xffffffff;
	}
}

/* Bits pos .. pos+63 of the limbs, 0 <= pos < 32 (LIMBS - 2). */
static uint64_t bits(const uint64_t q[LIMBS], int pos)
{
	int k = pos / 32, s = pos % 32;
	uint64_t lo = q[k] | q[k + 1] << 32;
	uint64_t hi = k + 2 < LIMBS ? q[k + 2] : 0;
	return s ? lo >> s | hi << (64 - s) : lo;
}

/* Payne and Hanek's reduction for |x| >= 2^19 pi/2: with x = m 2^E, the
   bits of 2/pi above 2^-(E-2) only add multiples of 4 to x 2/pi, so a
   window of 256 bits from there gives k modulo 4 and 192 bits of the
   fraction, of which at most 62 can be leading zeros (the closest a double
   comes to a multiple of pi/2). */
hidden int __rem_pio2_large(double x, double *r, double *rl)
{
	int ex;
	uint64_t m = mant_exp(x, &ex), q[LIMBS];
	int E = ex - 1075;
	int i0 = E >= 2 ? (E - 2) / 32 : 0;
	product(m, i0, q);
	int point = 32 * (i0 + WORDS) - E;
	int k = (int)(bits(q, point) & 3);
	uint64_t f2 = bits(q, point - 64), f1 = bits(q, point - 128), f0 = bits(q, point - 192);
	int neg = 0;
	if (f2 >> 63) {
		k++;
		neg = 1;
		f0 = ~f0 + 1;
		f1 = ~f1 + (f0 == 0);
		f2 = ~f2 + (f0 == 0 && f1 == 0);
	}
	int scale = -64;
	if (f2 == 0) {
		f2 = f1;
		f1 = f0;
		f0 = 0;
		scale -= 64;
	}
	int z = __builtin_clzll(f2);
	if (z) {
		f2 = f2 << z | f1 >> (64 - z);
		f1 = f1 << z | f0 >> (64 - z);
		scale -= z;
	}
	double h = (double)(f2 & ~0x7ffull);
	double l = ((double)(f2 & 0x7ff) + (double)f1 * 0x1p-64);
	h = scalbn(h, scale);
	l = scalbn(l, scale);
	double pl, p = mul_exact(h, 0x1.921fb54442d18p+0, &pl);
	pl += h * 0x1.1a62633145c07p-54 + l * 0x1.921fb54442d18p+0;
	p = fast_add(p, pl, &pl);
	*r = neg ? -p : p;
	*rl = neg ? -pl : pl;
	return k;
}
