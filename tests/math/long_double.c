/* The binary128 forms: exact results of the exact functions, and the
   others close to their double counterparts. Not portable: x86's long
   double is another format. */
#include <float.h>
#include <math.h>
#include "test.h"

#define LNUM(x) NUM((long double)(x))

static int same(long double a, long double b)
{
	if (isnan(a) || isnan(b))
		return isnan(a) && isnan(b);
	return a == b && signbit(a) == signbit(b);
}

int main(void)
{
	const long double big = 0x1.23456789abcdef0123456789abcdp+108L;
	CHECK_EQ(LDBL_MANT_DIG, 113);
	CHECK(same(truncl(LNUM(-2.75L)), -2));
	CHECK(same(truncl(LNUM(-0.75L)), -0.0L));
	CHECK(same(truncl(LNUM(big)), big - 0.8125L));
	CHECK(same(floorl(LNUM(-big)), -big - 0.1875L));
	CHECK(same(floorl(LNUM(-2.25L)), -3));
	CHECK(same(ceill(LNUM(-0.25L)), -0.0L));
	CHECK(same(ceill(LNUM(2.000000000000000000000000000001L)), 3));
	CHECK(same(roundl(LNUM(2.5L)), 3));
	CHECK(same(roundl(LNUM(-0.5L)), -1));
	CHECK(same(rintl(LNUM(2.5L)), 2));
	CHECK(same(rintl(LNUM(-3.5L)), -4));
	CHECK(same(nearbyintl(LNUM(0x1p112L + 1)), 0x1p112L + 1));
	CHECK_EQ(lrintl(LNUM(-2.5L)), -2);
	CHECK_EQ(llroundl(LNUM(1e18L + 0.5L)), 1000000000000000001LL);
	CHECK(same(fabsl(LNUM(-0.0L)), 0));
	CHECK(same(copysignl(LNUM(2.0L), LNUM(-0.0L)), -2));
	CHECK(isnan(nanl(STR(""))));

	int e;
	CHECK(same(frexpl(LNUM(0x1p-16494L), &e), 0.5L));
	CHECK_EQ(e, -16493);
	CHECK(same(frexpl(LNUM(-48.0L), &e), -0.75L));
	CHECK_EQ(e, 6);
	CHECK(same(ldexpl(LNUM(1.0L), -16494), 0x1p-16494L));
	CHECK(same(ldexpl(LNUM(1.0L), 16383), 0x1p16383L));
	CHECK(isinf(ldexpl(LNUM(1.0L), 16384)));
	CHECK(same(scalbnl(LNUM(0x1p16383L), -32765), 0x1p-16382L));
	CHECK_EQ(ilogbl(LNUM(0x1p-16494L)), -16494);
	CHECK(same(logbl(LNUM(1e4000L)), 13287));
	long double ip;
	CHECK(same(modfl(LNUM(-3.25L), &ip), -0.25L));
	CHECK(same(ip, -3));
	CHECK(same(fminl(LNUM(NAN), LNUM(1.0L)), 1));
	CHECK(same(fmaxl(LNUM(-0.0L), LNUM(0.0L)), 0));
	CHECK(same(fminl(LNUM(0.0L), LNUM(-0.0L)), -0.0L));
	CHECK(same(fdiml(LNUM(1.0L), LNUM(3.0L)), 0));
	CHECK(same(nextafterl(LNUM(1.0L), LNUM(2.0L)), 1 + 0x1p-112L));
	CHECK(same(nextafterl(LNUM(0.0L), LNUM(-1.0L)), -0x1p-16494L));
	CHECK(same(nexttowardl(LNUM(1.0L), LNUM(0.0L)), 1 - 0x1p-113L));

	CHECK(same(fmodl(LNUM(5.5L), LNUM(2.0L)), 1.5L));
	CHECK(same(fmodl(LNUM(-1e4000L), LNUM(1.0L)), -0.0L));
	CHECK(same(fmodl(LNUM(big), LNUM(3.0L)), big - 3 * truncl(big / 3)));
	CHECK(same(remainderl(LNUM(7.0L), LNUM(2.0L)), -1));
	int q;
	CHECK(same(remquol(LNUM(29.0L), LNUM(-3.0L), &q), -1));
	CHECK_EQ(-q & 7, 2);

	CHECK(same(sqrtl(LNUM(4.0L)), 2));
	CHECK(same(sqrtl(LNUM(0x1p-16494L)), 0x1p-8247L));
	long double s = sqrtl(LNUM(2.0L));
	CHECK(fabsl(s * s - 2) <= 0x1p-110L);
	CHECK(same(cbrtl(LNUM(-27.0L)), -3));
	CHECK(same(hypotl(LNUM(3.0L), LNUM(4.0L)), 5));
	CHECK(same(fmal(LNUM(2.0L), LNUM(3.0L), LNUM(1.0L)), 7));

	CHECK(fabsl(sinl(LNUM(1.0L)) - 0.841470984807896506652502321630L) < 1e-16L);
	CHECK(fabsl(expl(LNUM(1.0L)) - 2.71828182845904523536028747135L) < 1e-15L);
	CHECK(fabsl(powl(LNUM(2.0L), LNUM(0.5L)) - 1.41421356237309504880168872421L) < 1e-15L);
	return test_done();
}
