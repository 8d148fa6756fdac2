#ifndef COMPLEX_IMPL_H
#define COMPLEX_IMPL_H

#include <complex.h>
#include "libm.h"

/* A complex value from its parts, without the arithmetic of x + I*y (which
   turns an infinite part times I into a NaN). */
#define cpack(x, y) __builtin_complex((double)(x), (double)(y))
#define cpackf(x, y) __builtin_complex((float)(x), (float)(y))
#define cpackl(x, y) __builtin_complex((long double)(x), (long double)(y))

/* The float and long double forms compute in double and round each part
   once more (docs/math.md): for float this keeps them within about half an
   ulp of the double result, for long double they have double's precision
   and range, like the real long double functions. */
static inline double _Complex cwidenf(float _Complex z)
{
	return cpack(__real__ z, __imag__ z);
}

static inline float _Complex cnarrowf(double _Complex z)
{
	return cpackf(__real__ z, __imag__ z);
}

static inline double _Complex cnarrowl(long double _Complex z)
{
	return cpack(__real__ z, __imag__ z);
}

static inline long double _Complex cwidenl(double _Complex z)
{
	return cpackl(__real__ z, __imag__ z);
}

/* asin(x + iy) for finite x, y >= 0, with acos's real part instead of
   asin's when want_acos is set (docs/math.md). */
hidden double _Complex __casin_pos(double x, double y, int want_acos);

/* log|x + iy| for finite x, y, not both zero, as a double-double
   (the low part is 0 where |z| is near 1). */
hidden double __clog_abs(double x, double y, double *lo);

#endif
