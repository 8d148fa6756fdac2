// portable
/* The special values of C17 Annex G (G.6) for each complex function, in
   double, float and long double: infinities, NaNs, signed zeros and the
   side of a branch cut that the sign of a zero selects. Each listed case
   is also checked through the symmetries G.6 states: f(conj z) =
   conj f(z), and f(-z) = -f(z) for the odd functions or f(z) for the even
   ones. csin, ccos, ctan, casin and catan are checked on the cases of
   their hyperbolic counterparts moved by the identities of G.6 (sin z =
   -i sinh(iz), ...). Where G.6 leaves a sign unspecified, either is
   accepted; a NaN's sign never matters. */
#include <complex.h>
#include <math.h>
#include <stdio.h>
#include "test.h"

#define P2 1.57079632679489661923
#define PI 3.14159265358979323846
#define ACOSH2 1.31695789692481670862
#define NA NAN
#define IN INFINITY

/* Flags: the sign of the real (ANYR) or imaginary (ANYI) part of the
   result is unspecified; the function is odd or even. */
enum { ANYR = 1, ANYI = 2 };
enum { NONE, ODD, EVEN };

struct sv {
	double x, y, re, im;
	int any;
};

typedef double complex (*fd)(double complex);
typedef float complex (*ff)(float complex);
typedef long double complex (*fl)(long double complex);

struct fn {
	const char *name;
	fd d;
	ff f;
	fl l;
};

static int bad;

/* got matches want: both NaN, or equal in value (to a few ulps of
   precision p for finite nonzero values) and sign. */
static int same(double got, double want, int any_sign, int p)
{
	if (isnan(want))
		return isnan(got);
	if (isnan(got))
		return 0;
	if (!any_sign && signbit(got) != signbit(want))
		return 0;
	if (isinf(want) || want == 0)
		return fabs(got) == fabs(want);
	return fabs(got - want) <= ldexp(fabs(want), 3 - p);
}

static void one(const struct fn *fn, double x, double y, double re, double im, int any)
{
	double complex w[3];
	w[0] = fn->d(CMPLX(x, y));
	float complex wf = fn->f(CMPLXF((float)x, (float)y));
	w[1] = CMPLX(crealf(wf), cimagf(wf));
	long double complex wl = fn->l(CMPLXL(x, y));
	w[2] = CMPLX((double)creall(wl), (double)cimagl(wl));
	static const char suffix[3][2] = {"", "f", "l"};
	static const int prec[3] = {53, 24, 53};
	for (int k = 0; k < 3; k++) {
		if (same(creal(w[k]), re, any & ANYR, prec[k]) &&
		    same(cimag(w[k]), im, any & ANYI, prec[k]))
			continue;
		printf("FAIL %s%s(%g%+gi) = %g%+gi, want %g%+gi\n", fn->name, suffix[k],
		       x, y, creal(w[k]), cimag(w[k]), re, im);
		bad++;
	}
}

static void table(const struct fn *fn, const struct sv *t, int n, int sym)
{
	int before = bad;
	for (int i = 0; i < n; i++) {
		const struct sv *c = &t[i];
		one(fn, c->x, c->y, c->re, c->im, c->any);
		one(fn, c->x, -c->y, c->re, -c->im, c->any);
		if (sym == ODD) {
			one(fn, -c->x, -c->y, -c->re, -c->im, c->any);
			one(fn, -c->x, c->y, -c->re, c->im, c->any);
		} else if (sym == EVEN) {
			one(fn, -c->x, -c->y, c->re, c->im, c->any);
			one(fn, -c->x, c->y, c->re, -c->im, c->any);
		}
	}
	printf("%-7s %s\n", fn->name, bad > before ? "FAIL" : "ok");
}

/* The case z -> w of f gives g(-iz) = -i w for g(u) = -i f(iu) (casin
   from casinh and the like), or g(-iz) = w for g(u) = f(iu) (ccos from
   ccosh). */
static void rotated(const struct fn *fn, const struct sv *t, int n, int sym, int times_minus_i)
{
	struct sv r[32];
	for (int i = 0; i < n; i++) {
		r[i].x = t[i].y;
		r[i].y = -t[i].x;
		if (times_minus_i) {
			r[i].re = t[i].im;
			r[i].im = -t[i].re;
			r[i].any = (t[i].any & ANYR ? ANYI : 0) | (t[i].any & ANYI ? ANYR : 0);
		} else {
			r[i].re = t[i].re;
			r[i].im = t[i].im;
			r[i].any = t[i].any;
		}
	}
	table(fn, r, n, sym);
}

#define FN(name) {#name, name, name##f, name##l}
#define N(a) ((int)(sizeof a / sizeof a[0]))

static const struct sv cacos_sv[] = {
	{0, 0, P2, -0.0, 0}, {-0.0, 0, P2, -0.0, 0},
	{0, NA, P2, NA, 0}, {-0.0, NA, P2, NA, 0},
	{2, IN, P2, -IN, 0}, {-2, IN, P2, -IN, 0}, {2, NA, NA, NA, 0},
	{-IN, 2, PI, -IN, 0}, {IN, 2, 0, -IN, 0},
	{-IN, IN, 3 * PI / 4, -IN, 0}, {IN, IN, PI / 4, -IN, 0},
	{IN, NA, NA, IN, ANYI}, {-IN, NA, NA, IN, ANYI},
	{NA, 2, NA, NA, 0}, {NA, IN, NA, -IN, 0}, {NA, NA, NA, NA, 0},
	{2, 0, 0, -ACOSH2, 0}, {-2, 0, PI, -ACOSH2, 0}, {0.5, 0, PI / 3, -0.0, 0},
};

static const struct sv casinh_sv[] = {
	{0, 0, 0, 0, 0}, {2, IN, IN, P2, 0}, {2, NA, NA, NA, 0},
	{IN, 2, IN, 0, 0}, {IN, IN, IN, PI / 4, 0}, {IN, NA, IN, NA, 0},
	{NA, 0, NA, 0, 0}, {NA, 2, NA, NA, 0}, {NA, IN, IN, NA, ANYR},
	{NA, NA, NA, NA, 0},
	{0, 2, ACOSH2, P2, 0}, {0, 0.5, 0, PI / 6, 0},
};

static const struct sv catanh_sv[] = {
	{0, 0, 0, 0, 0}, {0, NA, 0, NA, 0}, {1, 0, IN, 0, 0},
	{2, IN, 0, P2, 0}, {2, NA, NA, NA, 0}, {IN, 2, 0, P2, 0},
	{IN, IN, 0, P2, 0}, {IN, NA, 0, NA, 0}, {NA, 2, NA, NA, 0},
	{NA, IN, 0, P2, ANYR}, {NA, NA, NA, NA, 0},
	{2, 0, 0.54930614433405484570, P2, 0}, {0.5, 0, 0.54930614433405484570, 0, 0},
};

static const struct sv cacosh_sv[] = {
	{0, 0, 0, P2, 0}, {-0.0, 0, 0, P2, 0},
	{2, IN, IN, P2, 0}, {-2, IN, IN, P2, 0}, {2, NA, NA, NA, 0},
	{-IN, 2, IN, PI, 0}, {IN, 2, IN, 0, 0},
	{-IN, IN, IN, 3 * PI / 4, 0}, {IN, IN, IN, PI / 4, 0},
	{IN, NA, IN, NA, 0}, {-IN, NA, IN, NA, 0},
	{NA, 2, NA, NA, 0}, {NA, IN, IN, NA, 0}, {NA, NA, NA, NA, 0},
	{0.5, 0, 0, PI / 3, 0}, {-2, 0, ACOSH2, PI, 0}, {2, 0, ACOSH2, 0, 0},
};

static const struct sv ccosh_sv[] = {
	{0, 0, 1, 0, 0}, {0, IN, NA, 0, ANYI}, {0, NA, NA, 0, ANYI},
	{2, IN, NA, NA, 0}, {2, NA, NA, NA, 0}, {IN, 0, IN, 0, 0},
	{IN, 2, -IN, IN, 0}, {IN, IN, IN, NA, ANYR}, {IN, NA, IN, NA, 0},
	{NA, 0, NA, 0, ANYI}, {NA, 2, NA, NA, 0}, {NA, NA, NA, NA, 0},
};

static const struct sv csinh_sv[] = {
	{0, 0, 0, 0, 0}, {0, IN, 0, NA, ANYR}, {0, NA, 0, NA, ANYR},
	{2, IN, NA, NA, 0}, {2, NA, NA, NA, 0}, {IN, 0, IN, 0, 0},
	{IN, 2, -IN, IN, 0}, {IN, IN, IN, NA, ANYR}, {IN, NA, IN, NA, ANYR},
	{NA, 0, NA, 0, 0}, {NA, 2, NA, NA, 0}, {NA, NA, NA, NA, 0},
};

/* ctanh(+0 + i inf) and ctanh(+0 + i NaN) changed between C17 and C23
   (NaN or 0 as the real part): not listed. */
static const struct sv ctanh_sv[] = {
	{0, 0, 0, 0, 0}, {2, IN, NA, NA, 0}, {2, NA, NA, NA, 0},
	{IN, 2, 1, -0.0, 0}, {IN, IN, 1, 0, ANYI}, {IN, NA, 1, 0, ANYI},
	{NA, 0, NA, 0, 0}, {NA, 2, NA, NA, 0}, {NA, NA, NA, NA, 0},
};

static const struct sv cexp_sv[] = {
	{0, 0, 1, 0, 0}, {-0.0, 0, 1, 0, 0}, {2, IN, NA, NA, 0},
	{2, NA, NA, NA, 0}, {IN, 0, IN, 0, 0}, {-IN, 2, -0.0, 0, 0},
	{IN, 2, -IN, IN, 0}, {-IN, IN, 0, 0, ANYR | ANYI},
	{IN, IN, IN, NA, ANYR}, {-IN, NA, 0, 0, ANYR | ANYI},
	{IN, NA, IN, NA, ANYR}, {NA, 0, NA, 0, 0}, {NA, 2, NA, NA, 0},
	{NA, NA, NA, NA, 0},
};

static const struct sv clog_sv[] = {
	{-0.0, 0, -IN, PI, 0}, {0, 0, -IN, 0, 0}, {2, IN, IN, P2, 0},
	{2, NA, NA, NA, 0}, {-IN, 2, IN, PI, 0}, {IN, 2, IN, 0, 0},
	{-IN, IN, IN, 3 * PI / 4, 0}, {IN, IN, IN, PI / 4, 0},
	{IN, NA, IN, NA, 0}, {-IN, NA, IN, NA, 0}, {NA, 2, NA, NA, 0},
	{NA, IN, IN, NA, 0}, {NA, NA, NA, NA, 0},
	{-2, 0, 0.69314718055994530942, PI, 0}, {1, 0, 0, 0, 0},
};

static const struct sv csqrt_sv[] = {
	{0, 0, 0, 0, 0}, {-0.0, 0, 0, 0, 0}, {2, IN, IN, IN, 0},
	{NA, IN, IN, IN, 0}, {-IN, IN, IN, IN, 0}, {2, NA, NA, NA, 0},
	{-IN, 2, 0, IN, 0}, {IN, 2, IN, 0, 0}, {-IN, NA, NA, IN, ANYI},
	{IN, NA, IN, NA, 0}, {NA, 2, NA, NA, 0}, {NA, NA, NA, NA, 0},
	{-4, 0, 0, 2, 0}, {4, 0, 2, 0, 0},
};

int main(void)
{
	static const struct fn cacos_ = FN(cacos), cacosh_ = FN(cacosh), casinh_ = FN(casinh),
		casin_ = FN(casin), catanh_ = FN(catanh), catan_ = FN(catan), ccosh_ = FN(ccosh),
		ccos_ = FN(ccos), csinh_ = FN(csinh), csin_ = FN(csin), ctanh_ = FN(ctanh),
		ctan_ = FN(ctan), cexp_ = FN(cexp), clog_ = FN(clog), csqrt_ = FN(csqrt);
	table(&cacos_, cacos_sv, N(cacos_sv), NONE);
	table(&cacosh_, cacosh_sv, N(cacosh_sv), NONE);
	table(&casinh_, casinh_sv, N(casinh_sv), ODD);
	rotated(&casin_, casinh_sv, N(casinh_sv), ODD, 1);
	table(&catanh_, catanh_sv, N(catanh_sv), ODD);
	rotated(&catan_, catanh_sv, N(catanh_sv), ODD, 1);
	table(&ccosh_, ccosh_sv, N(ccosh_sv), EVEN);
	rotated(&ccos_, ccosh_sv, N(ccosh_sv), EVEN, 0);
	table(&csinh_, csinh_sv, N(csinh_sv), ODD);
	rotated(&csin_, csinh_sv, N(csinh_sv), ODD, 1);
	table(&ctanh_, ctanh_sv, N(ctanh_sv), ODD);
	rotated(&ctan_, ctanh_sv, N(ctanh_sv), ODD, 1);
	table(&cexp_, cexp_sv, N(cexp_sv), NONE);
	table(&clog_, clog_sv, N(clog_sv), NONE);
	table(&csqrt_, csqrt_sv, N(csqrt_sv), NONE);

	/* cpow: a few exact-looking powers within ulps. Here cpow(z, 0) is 1
	   for every z, as pow(x, 0) is; C leaves it open and glibc gives NaN
	   for z = 0. */
#ifdef __wasm__
	double complex p0 = cpow(CMPLX(NUM(0.0), NUM(0.0)), CMPLX(NUM(0.0), NUM(0.0)));
	if (creal(p0) != 1 || cimag(p0) != 0)
		bad++;
#endif
	double complex p = cpow(CMPLX(NUM(2.0), NUM(0.0)), CMPLX(NUM(10.0), NUM(0.0)));
	CHECK(fabs(creal(p) - 1024) < 1e-12 && fabs(cimag(p)) < 1e-12);
	p = cpow(CMPLX(NUM(-1.0), NUM(0.0)), CMPLX(NUM(0.5), NUM(0.0)));
	CHECK(fabs(creal(p)) < 1e-15 && fabs(cimag(p) - 1) < 1e-15);
	float complex pf = cpowf(CMPLXF(NUM(0.0f), NUM(1.0f)), CMPLXF(NUM(2.0f), NUM(0.0f)));
	CHECK(fabsf(crealf(pf) + 1) < 1e-6f && fabsf(cimagf(pf)) < 1e-6f);
	long double complex pl = cpowl(CMPLXL(NUM(3.0L), NUM(4.0L)), CMPLXL(NUM(0.5L), NUM(0.0L)));
	CHECK(fabsl(creall(pl) - 2) < 1e-15L && fabsl(cimagl(pl) - 1) < 1e-15L);
	CHECK(bad == 0);
	return test_done();
}
