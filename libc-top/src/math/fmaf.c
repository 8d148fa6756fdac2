#include "libm.h"

/* The float product is exact in double. The double sum, turned into its
   round-to-odd form with the error of a two-sum, then rounds to float once
   as if from the exact value: round-to-odd keeps ties and halfway cases
   apart when at least two bits are to spare. */
float fmaf(float x, float y, float z)
{
	double p = (double)x * y, err;
	double s = add_exact(p, z, &err);
	if (!__builtin_isfinite(s))
		return (float)s;
	if (err != 0 && !(asuint64(s) & 1))
		s = asdouble(asuint64(s) + ((err > 0) == (s > 0) ? 1 : -1));
	float r = (float)s;
	if (__builtin_isinf(r))
		math_errno(ERANGE);
	return r;
}
