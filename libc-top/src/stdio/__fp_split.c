#include <float.h>
#include "format_impl.h"

_Static_assert(DBL_MANT_DIG == 53 && DBL_MAX_EXP == 1024, "double is binary64");
_Static_assert(LDBL_MANT_DIG == 113 && LDBL_MAX_EXP == 16384 && sizeof(long double) == 16,
	       "long double is binary128");

/* Both formats are taken apart from their bits, so that formatting needs
   no floating-point arithmetic (binary128 arithmetic is software). */
static void split(struct __fp *fp, int sign, unsigned biased, uint64_t hi, uint64_t lo,
		  unsigned max_biased, int bias, int frac_bits)
{
	fp->sign = sign;
	fp->frac_bits = frac_bits;
	fp->hi = hi;
	fp->lo = lo;
	if (biased == max_biased) {
		fp->kind = (hi | lo) ? FP_NAN : FP_INF;
		return;
	}
	if (biased == 0) {
		fp->kind = (hi | lo) ? FP_FINITE : FP_ZERO;
		fp->exp2 = 1 - bias - frac_bits;
		return;
	}
	fp->kind = FP_FINITE;
	if (frac_bits >= 64)
		fp->hi |= (uint64_t)1 << (frac_bits - 64);
	else
		fp->lo |= (uint64_t)1 << frac_bits;
	fp->exp2 = (int)biased - bias - frac_bits;
}

void __fp_from_double(struct __fp *fp, double x)
{
	uint64_t b;
	__builtin_memcpy(&b, &x, sizeof b);  /* a reinterpretation, not a call */
	split(fp, (int)(b >> 63), (unsigned)(b >> 52) & 0x7ff, 0, b & (((uint64_t)1 << 52) - 1),
	      0x7ff, 1023, 52);
}

void __fp_from_ldouble(struct __fp *fp, long double x)
{
	uint64_t w[2];
	__builtin_memcpy(w, &x, sizeof w);
	/* wasm32 is little-endian: w[1] holds sign, exponent and the top of
	   the fraction. */
	split(fp, (int)(w[1] >> 63), (unsigned)(w[1] >> 48) & 0x7fff,
	      w[1] & (((uint64_t)1 << 48) - 1), w[0], 0x7fff, 16383, 112);
}
