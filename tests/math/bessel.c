// portable
/* The Bessel functions j0 j1 jn y0 y1 yn and their float forms, measured
   on the inputs of bessel_data.h (random over [0, 2n + 30], small and
   large arguments up to 1e100, the doubles next to the first eight zeros
   of J0, J1, Y0 and Y1; exact values from mpmath, made by
   tools/libm_bessel.py). Where the functions oscillate (x > n) the error
   is in ulps of the larger of the value and 1/8 of the envelope
   sqrt(2/(pi max(x, 1))): next to a zero only the absolute error is
   meaningful.
   Elsewhere it is in ulps of the value. stdout says whether each bound of
   docs/math.md holds (glibc's bound natively); the maxima, in thousandths
   of an ulp, go to stderr. Then the special values and errno. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

struct case_d {
	int n;
	uint64_t x, ref;
	int32_t frac;
};

struct case_f {
	int n;
	uint32_t x, ref;
	int32_t frac;
};

#include "bessel_data.h"
#include "ulp.h"

static double err(double got, double ref, int32_t frac, int n, double x, int p, int emin)
{
	if (got != got || got - got != 0)
		return 1e9;
	double exact_off = frac * 0x1p-20 * ulp_of(ref, p, emin);
	double scale = fabs(ref);
	double ax = fabs(x);
	if (ax > abs(n)) {
		double env = sqrt(2 / (3.14159265358979 * fmax(ax, 1))) / 8;
		if (env > scale)
			scale = env;
	}
	return fabs((got - ref) - exact_off) / ulp_of(scale, p, emin);
}

static double call_d(char kind, int n, double x)
{
	if (kind == 'j')
		return n == 0 ? j0(x) : n == 1 ? j1(x) : jn(n, x);
	return n == 0 ? y0(x) : n == 1 ? y1(x) : yn(n, x);
}

static float call_f(char kind, int n, float x)
{
	if (kind == 'j')
		return n == 0 ? j0f(x) : n == 1 ? j1f(x) : jnf(n, x);
	return n == 0 ? y0f(x) : n == 1 ? y1f(x) : ynf(n, x);
}

static void run_d(const char *name, char kind, const struct case_d *c, size_t cnt, double bound)
{
	double worst = 0;
	for (size_t i = 0; i < cnt; i++) {
		double x = d(c[i].x);
		double got = call_d(kind, c[i].n, x);
		double e = err(got, d(c[i].ref), c[i].frac, c[i].n, x, 53, -1022);
		if (e > worst)
			worst = e;
		if (e > bound)
			fprintf(stderr, "  %s(%d, %a) = %a, want %a\n", name, c[i].n, x, got, d(c[i].ref));
	}
	report(name, worst, bound);
}

static void run_f(const char *name, char kind, const struct case_f *c, size_t cnt, double bound)
{
	double worst = 0;
	for (size_t i = 0; i < cnt; i++) {
		float x = f(c[i].x);
		float got = call_f(kind, c[i].n, x);
		double e = err(got, f(c[i].ref), c[i].frac, c[i].n, x, 24, -126);
		if (e > worst)
			worst = e;
	}
	report(name, worst, bound);
}

#define N(a) (sizeof a / sizeof *a)
#define RUN(kind, tab, name, ours, glibc, oursf, glibcf) do { \
	run_d(name, kind, tab##_cases, N(tab##_cases), BOUND(ours, glibc)); \
	run_f(name "f", kind, tab##f_cases, N(tab##f_cases), BOUND(oursf, glibcf)); \
} while (0)

/* f(x) through a volatile pointer (clang assumes -fno-math-errno), with
   the errno it leaves. */
static double call_errno(double (*volatile fp)(double), double x, int *e)
{
	errno = 0;
	double r = fp(x);
	*e = errno;
	return r;
}

static double calln_errno(double (*volatile fp)(int, double), int n, double x, int *e)
{
	errno = 0;
	double r = fp(n, x);
	*e = errno;
	return r;
}

int main(void)
{
	/* The bounds: ours, then glibc's, in double and then float. */
	RUN('j', jn_0, "j0", 1, 64, 1, 16);
	RUN('j', jn_1, "j1", 1, 64, 1, 16);
	RUN('j', jn_2, "jn(2)", 1, 64, 1, 16);
	RUN('j', jn_3, "jn(3)", 1, 64, 1, 16);
	RUN('j', jn_5, "jn(5)", 1, 64, 1, 16);
	RUN('j', jn_10, "jn(10)", 1, 64, 1, 16);
	RUN('j', jn_40, "jn(40)", 1, 64, 1, 16);
	RUN('j', jn_m3, "jn(-3)", 1, 64, 1, 16);
	RUN('j', jn_m4, "jn(-4)", 1, 64, 1, 16);
	RUN('y', yn_0, "y0", 1, 64, 1, 16);
	RUN('y', yn_1, "y1", 1, 64, 1, 16);
	RUN('y', yn_2, "yn(2)", 2, 64, 1, 16);
	RUN('y', yn_3, "yn(3)", 2, 64, 1, 16);
	RUN('y', yn_5, "yn(5)", 2, 64, 1, 16);
	RUN('y', yn_10, "yn(10)", 2, 64, 1, 16);
	RUN('y', yn_m3, "yn(-3)", 2, 64, 1, 16);
	RUN('y', yn_m4, "yn(-4)", 2, 64, 1, 16);

	int e;
	double r = call_errno(y0, NUM(0.0), &e);
	CHECK(isinf(r) && r < 0 && e == ERANGE);
	r = call_errno(y1, NUM(-0.0), &e);
	CHECK(isinf(r) && r < 0 && e == ERANGE);
	r = call_errno(y0, NUM(-1.0), &e);
	CHECK(isnan(r) && e == EDOM);
	r = call_errno(y1, -NUM(INFINITY), &e);
	CHECK(isnan(r) && e == EDOM);
	r = calln_errno(yn, 2, NUM(-2.0), &e);
	CHECK(isnan(r) && e == EDOM);
	r = calln_errno(yn, 3, NUM(0.0), &e);
	CHECK(isinf(r) && r < 0 && e == ERANGE);
	/* Y_n grows past the range: an overflow. */
	r = calln_errno(yn, 300, NUM(1.0), &e);
	CHECK(isinf(r) && r < 0 && e == ERANGE);
	r = call_errno(y0, NUM(INFINITY), &e);
	CHECK(r == 0 && e == 0);
	r = call_errno(j0, -NUM(INFINITY), &e);
	CHECK(r == 0 && e == 0);
	CHECK(isnan(j0(NUM(NAN))) && isnan(y1(NUM(NAN))) && isnan(jn(5, NUM(NAN))));
	CHECK(j0(NUM(0.0)) == 1 && j1(NUM(-0.0)) == 0 && signbit(j1(NUM(-0.0))));
	CHECK(jn(4, NUM(0.0)) == 0 && jn(-7, NUM(0.0)) == 0);
	/* Symmetries: J_-n = (-1)^n J_n, J_n(-x) = (-1)^n J_n(x). */
	CHECK(jn(-3, NUM(2.5)) == -jn(3, NUM(2.5)) && jn(3, NUM(-2.5)) == -jn(3, NUM(2.5)));
	CHECK(jn(-4, NUM(2.5)) == jn(4, NUM(2.5)) && jn(4, NUM(-2.5)) == jn(4, NUM(2.5)));
	CHECK(yn(-3, NUM(2.5)) == -yn(3, NUM(2.5)) && yn(-4, NUM(2.5)) == yn(4, NUM(2.5)));
	CHECK(jn(0, NUM(3.0)) == j0(NUM(3.0)) && jn(-1, NUM(3.0)) == -j1(NUM(3.0)));
	CHECK(yn(1, NUM(3.0)) == y1(NUM(3.0)));
	/* An order far past the argument underflows to zero. */
	CHECK(jn(1000, NUM(1.0)) == 0 && jn(500, NUM(10.0)) == 0);
#ifdef __wasm__
	/* The order INT_MIN, whose negation is not an int (glibc: NaN), and
	   the largest order, which glibc takes seconds to recur through. */
	if (jn(-2147483647 - 1, NUM(1e-3)) != 0 || jn(2147483647, NUM(1e6)) != 0)
		failures++;
#endif
	float (*volatile y0fp)(float) = y0f;
	errno = 0;
	CHECK(isinf(y0fp(NUM(0.0f))) && errno == ERANGE);
	errno = 0;
	CHECK(isnan(y0fp(NUM(-3.0f))) && errno == EDOM);
	CHECK(failures == 0);
	return test_done();
}
