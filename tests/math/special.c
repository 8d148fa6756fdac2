// portable
// wasi-libc headers: no (math_errhandling is MATH_ERREXCEPT there; snapshots/abi-deviations.txt)
/* Special values (C17 Annex F) and errno (7.12.1, math_errhandling) of the
   math functions, and the exact functions on chosen inputs. */
#define _GNU_SOURCE
#include <float.h>
#include <math.h>
#include "test.h"

#define INF (NUM(INFINITY) + 0.0)
#define QNAN (NUM(NAN) + 0.0)

/* Same value, and the same sign for zeros; any NaN matches any NaN. */
static int same(double a, double b)
{
	if (isnan(a) || isnan(b))
		return isnan(a) && isnan(b);
	return a == b && signbit(a) == signbit(b);
}

/* f(x) is want and errno ends as err (0: untouched; ANY: not checked,
   where C leaves it to the implementation and glibc differs). The call goes
   through a volatile pointer: clang's default for wasm is -fno-math-errno,
   which turns a direct sqrt into the f64.sqrt instruction. */
#define ANY (-1)
#define CHECK_ERRNO(err) do { \
	if ((err) != ANY) \
		CHECK_EQ(ERRNO, (err)); \
} while (0)

#define E1(f, x, want, err) do { \
	double (*volatile fp_)(double) = f; \
	errno = 0; \
	double got_ = fp_(NUM((double)(x))); \
	CHECK(same(got_, (want))); \
	CHECK_ERRNO(err); \
} while (0)

#define E2(f, x, y, want, err) do { \
	double (*volatile fp_)(double, double) = f; \
	errno = 0; \
	double got_ = fp_(NUM((double)(x)), NUM((double)(y))); \
	CHECK(same(got_, (want))); \
	CHECK_ERRNO(err); \
} while (0)

#define EI(f, x, n, want, err) do { \
	double (*volatile fp_)(double, int) = f; \
	errno = 0; \
	double got_ = fp_(NUM((double)(x)), NUM(n)); \
	CHECK(same(got_, (want))); \
	CHECK_ERRNO(err); \
} while (0)

#define F1(f, x, want, err) do { \
	float (*volatile fp_)(float) = f; \
	errno = 0; \
	float got_ = fp_(NUM((float)(x))); \
	CHECK(same(got_, (want))); \
	CHECK_ERRNO(err); \
} while (0)

int main(void)
{
	const double pi = 3.141592653589793, pio2 = 1.5707963267948966;

	CHECK(math_errhandling & MATH_ERRNO);

	/* Domain errors. */
	E1(sqrt, -1, QNAN, EDOM);
	E1(log, -1, QNAN, EDOM);
	E1(log2, -INF, QNAN, EDOM);
	E1(log10, -1e-300, QNAN, EDOM);
	E1(log1p, -2, QNAN, EDOM);
	E1(acos, 2, QNAN, EDOM);
	E1(asin, -1.5, QNAN, EDOM);
	E1(acosh, 0.5, QNAN, EDOM);
	E1(atanh, 2, QNAN, EDOM);
	E1(sin, INF, QNAN, EDOM);
	E1(cos, -INF, QNAN, EDOM);
	E1(tan, INF, QNAN, EDOM);
	E2(pow, -2, 0.5, QNAN, EDOM);
	E2(fmod, 1, 0, QNAN, EDOM);
	E2(fmod, INF, 1, QNAN, EDOM);
	E2(remainder, 1, 0, QNAN, EDOM);
	F1(sqrtf, -1, QNAN, EDOM);
	F1(logf, -1, QNAN, EDOM);

	/* Pole errors. */
	E1(log, 0, -INF, ERANGE);
	E1(log, -0.0, -INF, ERANGE);
	E1(log2, 0, -INF, ERANGE);
	E1(log10, 0, -INF, ERANGE);
	E1(log1p, -1, -INF, ERANGE);
	E1(atanh, 1, INF, ERANGE);
	E1(atanh, -1, -INF, ERANGE);
	E1(logb, 0, -INF, ANY);
	E2(pow, 0, -1, INF, ERANGE);
	E2(pow, -0.0, -3, -INF, ERANGE);
	E2(pow, -0.0, -2, INF, ERANGE);
	F1(logf, 0, -INF, ERANGE);

	/* Overflow. */
	E1(exp, 710, INF, ERANGE);
	E1(exp2, 1024, INF, ERANGE);
	E1(expm1, 710, INF, ERANGE);
	E1(cosh, 711, INF, ERANGE);
	E1(sinh, -711, -INF, ERANGE);
	E2(pow, 10, 400, INF, ERANGE);
	E2(pow, -10, 401, -INF, ERANGE);
	E2(hypot, DBL_MAX, DBL_MAX, INF, ERANGE);
	EI(ldexp, 1, 1024, INF, ERANGE);
	E2(nextafter, DBL_MAX, INF, INF, ERANGE);
	F1(expf, 89, INF, ERANGE);

	/* Underflow to zero. */
	E1(exp, -746, 0, ERANGE);
	E2(pow, 10, -400, 0, ERANGE);

	/* Exact special values, no error. */
	E1(exp, -INF, 0, 0);
	E1(exp, INF, INF, 0);
	E1(exp, 0, 1, 0);
	E1(exp2, 10, 1024, 0);
	E1(expm1, -INF, -1, 0);
	E1(expm1, -0.0, -0.0, 0);
	E1(log, 1, 0, 0);
	E1(log, INF, INF, 0);
	E1(log2, 0x1p-1074, -1074, 0);
	E1(log10, 1e22, 22, 0);
	E1(log1p, -0.0, -0.0, 0);
	E1(sin, -0.0, -0.0, 0);
	E1(cos, 0, 1, 0);
	E1(tan, -0.0, -0.0, 0);
	E1(asin, -0.0, -0.0, 0);
	E1(acos, 1, 0, 0);
	E1(atan, INF, pio2, 0);
	E1(atan, -0.0, -0.0, 0);
	E1(sinh, -INF, -INF, 0);
	E1(cosh, -INF, INF, 0);
	E1(tanh, -INF, -1, 0);
	E1(tanh, -0.0, -0.0, 0);
	E1(asinh, -INF, -INF, 0);
	E1(acosh, 1, 0, 0);
	E1(atanh, -0.0, -0.0, 0);
	E1(cbrt, -INF, -INF, 0);
	E1(sqrt, -0.0, -0.0, 0);
	E1(sqrt, INF, INF, 0);
	E1(sin, QNAN, QNAN, 0);
	E1(exp, QNAN, QNAN, 0);

	E2(atan2, 0.0, -0.0, pi, 0);
	E2(atan2, -0.0, -0.0, -pi, 0);
	E2(atan2, -0.0, 0.0, -0.0, 0);
	E2(atan2, 1, 0, pio2, 0);
	E2(atan2, -1, -INF, -pi, 0);
	E2(atan2, INF, INF, pio2 / 2, 0);
	E2(atan2, -INF, -INF, -3 * pio2 / 2, 0);

	E2(pow, QNAN, 0, 1, 0);
	E2(pow, 1, QNAN, 1, 0);
	E2(pow, -1, INF, 1, 0);
	E2(pow, -1, -INF, 1, 0);
	E2(pow, 0.5, -INF, INF, 0);
	E2(pow, 2, -INF, 0, 0);
	E2(pow, 0.5, INF, 0, 0);
	E2(pow, -INF, -3, -0.0, 0);
	E2(pow, -INF, 3, -INF, 0);
	E2(pow, -INF, 2, INF, 0);
	E2(pow, INF, -1, 0, 0);
	E2(pow, -0.0, 3, -0.0, 0);
	E2(pow, -0.0, 4, 0, 0);
	E2(pow, -2, 3, -8, 0);
	E2(pow, 2, 0.5, 1.4142135623730951, 0);
	E2(pow, QNAN, 1, QNAN, 0);

	E2(hypot, INF, QNAN, INF, 0);
	E2(hypot, QNAN, -INF, INF, 0);
	E2(hypot, 3, 4, 5, 0);
	E2(hypot, -0.0, 0, 0, 0);

	/* The exact functions. */
	E1(floor, -0.5, -1, 0);
	E1(floor, -0.0, -0.0, 0);
	E1(ceil, -0.5, -0.0, 0);
	E1(trunc, -1.5, -1, 0);
	E1(round, 2.5, 3, 0);
	E1(round, -2.5, -3, 0);
	E1(round, 0.49999999999999994, 0, 0);
	E1(rint, 2.5, 2, 0);
	E1(rint, -3.5, -4, 0);
	E1(nearbyint, 0.5, 0, 0);
	E1(fabs, -0.0, 0, 0);
	E2(copysign, 1, -0.0, -1, 0);
	E2(fmin, QNAN, 1, 1, 0);
	E2(fmax, 1, QNAN, 1, 0);
	E2(fdim, 3, 5, 0, 0);
	E2(fdim, 5, 3, 2, 0);
	E2(fmod, 5.5, 2, 1.5, 0);
	E2(fmod, -5.5, 2, -1.5, 0);
	E2(fmod, -4, 2, -0.0, 0);
	E2(fmod, 1e300, 3, 0, 0);
	E2(fmod, 1e300, 7, 1, 0);
	E2(fmod, 0x1p-1074, 0x1p-1073, 0x1p-1074, 0);
	E2(fmod, 3, INF, 3, 0);
	E2(remainder, 5, 2, 1, 0);
	E2(remainder, 7, 2, -1, 0);
	E2(remainder, -4, 2, -0.0, 0);
	E2(remainder, 1e300, 7, 1, 0);
	E2(nextafter, 1, 2, 1.0000000000000002, 0);
	E2(nextafter, 0, -1, -0x1p-1074, ANY);
	E2(nextafter, 1, 1, 1, 0);
	E1(logb, 0x1p-1074, -1074, 0);
	E1(logb, -INF, INF, 0);
	EI(scalbn, 0x1p-1022, -52, 0x1p-1074, 0);
	EI(ldexp, 3, -1075, 0x1p-1073, ANY);
	EI(ldexp, 1, -1076, 0, ERANGE);
	EI(ldexp, -0.0, 5000, -0.0, 0);

	int q;
	double r = remquo(NUM(29.0), NUM(-3.0), &q);
	CHECK(same(r, -1));
	CHECK_EQ(-q & 7, 2);
	CHECK(q < 0);
	r = remquo(NUM(-1e300), NUM(7.0), &q);
	CHECK(same(r, -1));
	CHECK(q < 0);

	int e;
	CHECK(same(frexp(NUM(0x1p-1074), &e), 0.5));
	CHECK_EQ(e, -1073);
	CHECK(same(frexp(NUM(-12.0), &e), -0.75));
	CHECK_EQ(e, 4);
	CHECK_EQ(ilogb(NUM(0x1p-1074)), -1074);
	CHECK_EQ(ilogb(NUM(1e300)), 996);
	errno = 0;
	CHECK_EQ(ilogb(NUM(0.0)), FP_ILOGB0);
	CHECK_EQ(ERRNO, EDOM);
	CHECK_EQ(ilogb(NUM(NAN)), FP_ILOGBNAN);

	double ip;
	CHECK(same(modf(NUM(-3.25), &ip), -0.25));
	CHECK(same(ip, -3));
	CHECK(same(modf(NUM(-INFINITY), &ip), -0.0));
	CHECK(same(ip, -INFINITY));

	CHECK_EQ(lrint(NUM(2.5)), 2);
	CHECK_EQ(lround(NUM(-2.5)), -3);
	CHECK_EQ(llrint(NUM(-1e15 - 0.5)), -1000000000000000LL);
	CHECK_EQ(llround(NUM(4503599627370495.5)), 4503599627370496LL);

	/* fma: one rounding. */
	CHECK(same(fma(NUM(1 + 0x1p-52), NUM(1 - 0x1p-52), NUM(-1.0)), -0x1p-104));
	CHECK(same(fma(NUM(0x1p-1022), NUM(0x1p-52), NUM(0x1p-1074)), 0x1p-1073));
	CHECK(same(fma(NUM(DBL_MAX), NUM(2.0), NUM(-INFINITY)), -INFINITY));
	CHECK(same(fma(NUM(1.0), NUM(1.0), NUM(-1.0)), 0));
	CHECK(same(fma(NUM(-0x1p-600), NUM(0x1p-600), NUM(0.0)), -0.0));
	CHECK(same(fma(NUM(1 + 0x1p-30), NUM(1 + 0x1p-30), NUM(0x1p-100)), 1 + 0x1p-29));
	CHECK(same(fma(NUM(1 + 0x1p-52), NUM(1 + 0x1p-52), NUM(-0x1p-53)), 1 + 0x1p-51));
	CHECK(same(fmaf(NUM(1 + 0x1p-23f), NUM(1 + 0x1p-23f), NUM(-1.0f)), 0x1p-22f + 0x1p-46f));

	CHECK(isnan(nan(STR(""))));
	CHECK(isnan(nanf(STR("1"))));
	CHECK_EQ(fpclassify(NUM(0x1p-1074)), FP_SUBNORMAL);
	CHECK_EQ(fpclassify(NUM(-0.0)), FP_ZERO);
	CHECK_EQ(fpclassify(NUM(1.0f)), FP_NORMAL);
	CHECK_EQ(fpclassify(NUM(INFINITY)), FP_INFINITE);
	CHECK_EQ(fpclassify(NUM(NAN)), FP_NAN);
	CHECK(signbit(NUM(-0.0)));
	CHECK(isunordered(NUM(NAN), NUM(1.0)));
	CHECK(!isless(NUM(NAN), NUM(1.0)));

	double s, c;
	sincos(NUM(0.5), &s, &c);
	CHECK(same(s, sin(NUM(0.5))));
	CHECK(same(c, cos(NUM(0.5))));

	return test_done();
}
