// portable
/* Each type-generic macro of tgmath.h picks the function C17 7.25 names:
   by the type of its result (which tells float, double, long double and
   the complex forms apart) and, where the precision shows, by the value.
   The header is included by its path in the tree: stock clang puts its
   own tgmath.h ahead of the sysroot (docs/math.md), so <tgmath.h> would
   test clang's. Natively this runs the same header over glibc's math.h
   and complex.h. */
#include "../../headers/tgmath.h"
#include "test.h"

#define TYPE(e) _Generic((e), \
	float: 'f', double: 'd', long double: 'l', \
	float _Complex: 'F', double _Complex: 'D', long double _Complex: 'L', \
	int: 'i', long: 'j', long long: 'k', default: '?')

int main(void)
{
	float f = NUM(0.5f);
	double d = NUM(0.5);
	long double l = NUM(0.5L);
	int n = NUM(2);
	float _Complex fc = CMPLXF(f, f);
	double _Complex dc = CMPLX(d, d);
	long double _Complex lc = CMPLXL(l, l);

	/* The functions with a complex counterpart. */
	CHECK(TYPE(sin(f)) == 'f' && TYPE(sin(d)) == 'd' && TYPE(sin(l)) == 'l');
	CHECK(TYPE(sin(n)) == 'd');
	CHECK(TYPE(sin(fc)) == 'F' && TYPE(sin(dc)) == 'D' && TYPE(sin(lc)) == 'L');
	CHECK(TYPE(acos(f)) == 'f' && TYPE(asin(lc)) == 'L' && TYPE(atan(dc)) == 'D');
	CHECK(TYPE(acosh(fc)) == 'F' && TYPE(asinh(l)) == 'l' && TYPE(atanh(n)) == 'd');
	CHECK(TYPE(cos(fc)) == 'F' && TYPE(tan(f)) == 'f' && TYPE(cosh(lc)) == 'L');
	CHECK(TYPE(sinh(dc)) == 'D' && TYPE(tanh(fc)) == 'F' && TYPE(exp(lc)) == 'L');
	CHECK(TYPE(log(fc)) == 'F' && TYPE(log(f)) == 'f' && TYPE(sqrt(n)) == 'd');
	CHECK(TYPE(sqrt(fc)) == 'F' && TYPE(sqrt(l)) == 'l');
	/* fabs of a complex is its modulus, in the matching real type. */
	CHECK(TYPE(fabs(fc)) == 'f' && TYPE(fabs(dc)) == 'd' && TYPE(fabs(lc)) == 'l');
	CHECK(fabs(CMPLXF(NUM(3.0f), NUM(4.0f))) == 5);
	/* Two arguments: the usual arithmetic conversions, an integer
	   counting as double (so float with int is double). */
	CHECK(TYPE(pow(f, f)) == 'f' && TYPE(pow(f, n)) == 'd' && TYPE(pow(n, n)) == 'd');
	CHECK(TYPE(pow(f, l)) == 'l' && TYPE(pow(f, fc)) == 'F' && TYPE(pow(d, fc)) == 'D');
	CHECK(TYPE(pow(lc, f)) == 'L' && TYPE(pow(n, fc)) == 'D');
	CHECK(pow(n, 10) == 1024);

	/* Real-only functions. */
	CHECK(TYPE(atan2(f, f)) == 'f' && TYPE(atan2(f, d)) == 'd' && TYPE(atan2(l, n)) == 'l');
	CHECK(TYPE(cbrt(f)) == 'f' && TYPE(ceil(l)) == 'l' && TYPE(copysign(f, n)) == 'd');
	CHECK(TYPE(erf(f)) == 'f' && TYPE(erfc(l)) == 'l' && TYPE(exp2(n)) == 'd');
	CHECK(TYPE(expm1(f)) == 'f' && TYPE(fdim(f, f)) == 'f' && TYPE(floor(n)) == 'd');
	CHECK(TYPE(fma(f, f, f)) == 'f' && TYPE(fma(f, f, l)) == 'l' && TYPE(fma(f, n, f)) == 'd');
	CHECK(TYPE(fmax(f, f)) == 'f' && TYPE(fmin(l, d)) == 'l' && TYPE(fmod(d, f)) == 'd');
	int e;
	CHECK(TYPE(frexp(f, &e)) == 'f' && TYPE(frexp(l, &e)) == 'l' && TYPE(frexp(n, &e)) == 'd');
	CHECK(TYPE(hypot(f, f)) == 'f' && TYPE(ilogb(f)) == 'i' && TYPE(ldexp(f, n)) == 'f');
	CHECK(TYPE(lgamma(l)) == 'l' && TYPE(llrint(f)) == 'k' && TYPE(llround(d)) == 'k');
	CHECK(TYPE(log10(f)) == 'f' && TYPE(log1p(l)) == 'l' && TYPE(log2(n)) == 'd');
	CHECK(TYPE(logb(f)) == 'f' && TYPE(lrint(f)) == 'j' && TYPE(lround(l)) == 'j');
	CHECK(TYPE(nearbyint(f)) == 'f' && TYPE(nextafter(f, f)) == 'f');
	/* nexttoward's second argument is long double whatever the first. */
	CHECK(TYPE(nexttoward(f, l)) == 'f' && TYPE(nexttoward(d, l)) == 'd');
	CHECK(nexttoward(NUM(1.0f), NUM(2.0L)) == 1 + 0x1p-23f);
	CHECK(TYPE(remainder(f, f)) == 'f' && TYPE(rint(l)) == 'l' && TYPE(round(n)) == 'd');
	int q;
	CHECK(TYPE(remquo(f, f, &q)) == 'f' && TYPE(remquo(f, n, &q)) == 'd');
	CHECK(TYPE(scalbn(f, n)) == 'f' && TYPE(scalbln(l, 3L)) == 'l');
	CHECK(TYPE(tgamma(f)) == 'f' && TYPE(trunc(l)) == 'l');

	/* complex.h-only functions take a real argument as complex. */
	CHECK(TYPE(carg(f)) == 'f' && TYPE(carg(n)) == 'd' && TYPE(carg(lc)) == 'l');
	CHECK(TYPE(cimag(fc)) == 'f' && TYPE(creal(l)) == 'l' && TYPE(creal(n)) == 'd');
	CHECK(TYPE(conj(f)) == 'F' && TYPE(conj(dc)) == 'D' && TYPE(cproj(l)) == 'L');
	CHECK(cimag(conj(fc)) == -f && carg(NUM(-1.0f)) == 3.14159265358979323846f);

	/* The float function computes in float. */
	CHECK(sqrt(NUM(2.0f)) == sqrtf(2.0f) && sqrt(NUM(2.0f)) != sqrt(2.0));
	CHECK(fma(NUM(0x1p-20f), NUM(0x1p-20f), NUM(1.0f)) == 1);
	CHECK(fma(NUM(0x1p-20f), NUM(0x1p-20f), NUM(1.0)) == 1 + 0x1p-40);

	/* Each argument is evaluated once. */
	int j = 0, k = 0;
	double r = atan2((j++, d), (k++, d));
	CHECK(j == 1 && k == 1 && r > 0.78 && r < 0.79);
	return test_done();
}
