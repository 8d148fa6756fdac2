#ifndef _TGMATH_H
#define _TGMATH_H

#include <math.h>
#include <complex.h>

/* C++ has overloads in <cmath> and <complex> (and <ctgmath>) for this:
   there the header only includes the two above. Note that clang's own
   tgmath.h, in its resource directory, comes before the sysroot in the
   include path of stock clang and is then the one a program gets; this
   one serves compilers without it (docs/math.md). */
#ifndef __cplusplus

/* The rules of C17 7.25: an integer argument counts as double, and the
   function is chosen by the usual arithmetic conversions of the generic
   arguments. __tg_t maps an argument to a value of the type it counts as;
   the sum of those values, never evaluated, has the type that selects the
   function. __extension__ keeps _Generic quiet under -std=c99
   -pedantic. */
#define __tg_t(x) _Generic((x), \
	float: 0.0f, \
	long double: 0.0L, \
	float _Complex: (float _Complex)0, \
	double _Complex: (double _Complex)0, \
	long double _Complex: (long double _Complex)0, \
	default: 0.0)

#define __tg_real(t, fn) __extension__ _Generic((t), \
	float: fn##f, \
	long double: fn##l, \
	default: fn)

#define __tg_cplx(t, fn, cfn) __extension__ _Generic((t), \
	float: fn##f, \
	long double: fn##l, \
	float _Complex: cfn##f, \
	double _Complex: cfn, \
	long double _Complex: cfn##l, \
	default: fn)

/* The functions of complex.h alone: a real argument is taken as complex. */
#define __tg_conly(t, cfn) __extension__ _Generic((t), \
	float: cfn##f, \
	long double: cfn##l, \
	float _Complex: cfn##f, \
	long double _Complex: cfn##l, \
	default: cfn)

#define __tg1(fn, x) __tg_real(__tg_t(x), fn)(x)
#define __tg2(fn, x, y) __tg_real(__tg_t(x) + __tg_t(y), fn)((x), (y))
#define __tg3(fn, x, y, z) __tg_real(__tg_t(x) + __tg_t(y) + __tg_t(z), fn)((x), (y), (z))
#define __tgc1(fn, cfn, x) __tg_cplx(__tg_t(x), fn, cfn)(x)
#define __tgc2(fn, cfn, x, y) __tg_cplx(__tg_t(x) + __tg_t(y), fn, cfn)((x), (y))

#define acos(x) __tgc1(acos, cacos, x)
#define asin(x) __tgc1(asin, casin, x)
#define atan(x) __tgc1(atan, catan, x)
#define acosh(x) __tgc1(acosh, cacosh, x)
#define asinh(x) __tgc1(asinh, casinh, x)
#define atanh(x) __tgc1(atanh, catanh, x)
#define cos(x) __tgc1(cos, ccos, x)
#define sin(x) __tgc1(sin, csin, x)
#define tan(x) __tgc1(tan, ctan, x)
#define cosh(x) __tgc1(cosh, ccosh, x)
#define sinh(x) __tgc1(sinh, csinh, x)
#define tanh(x) __tgc1(tanh, ctanh, x)
#define exp(x) __tgc1(exp, cexp, x)
#define log(x) __tgc1(log, clog, x)
#define pow(x, y) __tgc2(pow, cpow, x, y)
#define sqrt(x) __tgc1(sqrt, csqrt, x)
#define fabs(x) __tgc1(fabs, cabs, x)

#define atan2(y, x) __tg2(atan2, y, x)
#define cbrt(x) __tg1(cbrt, x)
#define ceil(x) __tg1(ceil, x)
#define copysign(x, y) __tg2(copysign, x, y)
#define erf(x) __tg1(erf, x)
#define erfc(x) __tg1(erfc, x)
#define exp2(x) __tg1(exp2, x)
#define expm1(x) __tg1(expm1, x)
#define fdim(x, y) __tg2(fdim, x, y)
#define floor(x) __tg1(floor, x)
#define fma(x, y, z) __tg3(fma, x, y, z)
#define fmax(x, y) __tg2(fmax, x, y)
#define fmin(x, y) __tg2(fmin, x, y)
#define fmod(x, y) __tg2(fmod, x, y)
#define frexp(x, e) __tg_real(__tg_t(x), frexp)((x), (e))
#define hypot(x, y) __tg2(hypot, x, y)
#define ilogb(x) __tg1(ilogb, x)
#define ldexp(x, e) __tg_real(__tg_t(x), ldexp)((x), (e))
#define lgamma(x) __tg1(lgamma, x)
#define llrint(x) __tg1(llrint, x)
#define llround(x) __tg1(llround, x)
#define log10(x) __tg1(log10, x)
#define log1p(x) __tg1(log1p, x)
#define log2(x) __tg1(log2, x)
#define logb(x) __tg1(logb, x)
#define lrint(x) __tg1(lrint, x)
#define lround(x) __tg1(lround, x)
#define nearbyint(x) __tg1(nearbyint, x)
#define nextafter(x, y) __tg2(nextafter, x, y)
#define nexttoward(x, y) __tg_real(__tg_t(x), nexttoward)((x), (y))
#define remainder(x, y) __tg2(remainder, x, y)
#define remquo(x, y, q) __tg_real(__tg_t(x) + __tg_t(y), remquo)((x), (y), (q))
#define rint(x) __tg1(rint, x)
#define round(x) __tg1(round, x)
#define scalbn(x, n) __tg_real(__tg_t(x), scalbn)((x), (n))
#define scalbln(x, n) __tg_real(__tg_t(x), scalbln)((x), (n))
#define tgamma(x) __tg1(tgamma, x)
#define trunc(x) __tg1(trunc, x)

#define carg(x) __tg_conly(__tg_t(x), carg)(x)
#define cimag(x) __tg_conly(__tg_t(x), cimag)(x)
#define conj(x) __tg_conly(__tg_t(x), conj)(x)
#define cproj(x) __tg_conly(__tg_t(x), cproj)(x)
#define creal(x) __tg_conly(__tg_t(x), creal)(x)

#endif

#endif
