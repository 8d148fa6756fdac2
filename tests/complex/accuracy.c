// portable
/* Measures each complex function on the inputs of accuracy_data.h (random
   over the domain, next to branch points and cuts, near overflow and
   underflow; exact results from mpmath, made by tools/libm_complex.py) and
   checks the largest error of each part, in ulps of that part, against the
   bound in docs/math.md; cpow's error is measured in ulps of the larger
   part (see there). stdout says only whether each bound holds, so that
   glibc and this libc print the same; the measured maxima, in thousandths
   of an ulp, go to stderr. glibc's bound is used when the test runs
   natively. */
#include <complex.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct case_d {
	uint64_t x, y, u, v, re, im;
	int32_t fre, fim;
};

struct case_f {
	uint32_t x, y, u, v, re, im;
	int32_t fre, fim;
};

#include "accuracy_data.h"
#include "ulp.h"

/* |got - exact| in ulps of scale (the reference part itself, or for cpow
   the larger part). */
static double err(double got, double ref, int32_t frac, double scale, int p, int emin)
{
	if (got != got || (got - got != 0 && got != ref))
		return 1e9;
	if (got == ref && got - got != 0)
		return 0;
	double off = scale == fabs(ref) ? frac * 0x1p-20 : 0;
	return fabs((got - ref) / ulp_of(scale, p, emin) - off);
}

typedef double complex (*fd1)(double complex);
typedef double complex (*fd2)(double complex, double complex);
typedef float complex (*ff1)(float complex);
typedef float complex (*ff2)(float complex, float complex);

static void run_d(const char *name, fd1 f1, fd2 f2, const struct case_d *c, size_t n, double bound)
{
	double worst = 0;
	for (size_t i = 0; i < n; i++) {
		double complex z = CMPLX(d(c[i].x), d(c[i].y));
		double complex r = f1 ? f1(z) : f2(z, CMPLX(d(c[i].u), d(c[i].v)));
		double re = d(c[i].re), im = d(c[i].im);
		double sre = fabs(re), sim = fabs(im);
		if (f2)
			sre = sim = fmax(sre, sim);
		double e1 = err(creal(r), re, c[i].fre, sre, 53, -1022);
		double e2 = err(cimag(r), im, c[i].fim, sim, 53, -1022);
		double e = fmax(e1, e2);
		if (e > worst)
			worst = e;
		if (e > bound)
			fprintf(stderr, "  %s(%a, %a): %a %a, want %a %a\n", name,
				d(c[i].x), d(c[i].y), creal(r), cimag(r), re, im);
	}
	report(name, worst, bound);
}

static void run_f(const char *name, ff1 f1, ff2 f2, const struct case_f *c, size_t n, double bound)
{
	double worst = 0;
	for (size_t i = 0; i < n; i++) {
		float complex z = CMPLXF(f(c[i].x), f(c[i].y));
		float complex r = f1 ? f1(z) : f2(z, CMPLXF(f(c[i].u), f(c[i].v)));
		double re = f(c[i].re), im = f(c[i].im);
		double sre = fabs(re), sim = fabs(im);
		if (f2)
			sre = sim = fmax(sre, sim);
		double e1 = err(crealf(r), re, c[i].fre, sre, 24, -126);
		double e2 = err(cimagf(r), im, c[i].fim, sim, 24, -126);
		double e = fmax(e1, e2);
		if (e > worst)
			worst = e;
		if (e > bound)
			fprintf(stderr, "  %s(%a, %a): %a %a, want %a %a\n", name,
				f(c[i].x), f(c[i].y), crealf(r), cimagf(r), re, im);
	}
	report(name, worst, bound);
}

#define N(a) (sizeof a / sizeof a[0])
#define D1(fn, ours, glibc) run_d(#fn, fn, 0, fn##_cases, N(fn##_cases), BOUND(ours, glibc))
#define F1(fn, ours, glibc) run_f(#fn "f", fn##f, 0, fn##f_cases, N(fn##f_cases), BOUND(ours, glibc))

int main(void)
{
	D1(cexp, 2, 4);
	D1(clog, 2, 4);
	D1(csqrt, 2, 4);
	D1(csin, 2, 4);
	D1(ccos, 2, 4);
	D1(ctan, 3, 4);
	D1(csinh, 2, 4);
	D1(ccosh, 2, 4);
	D1(ctanh, 4, 4);
	D1(casin, 2, 4);
	D1(cacos, 2, 4);
	D1(catan, 2, 4);
	D1(casinh, 2, 4);
	D1(cacosh, 2, 4);
	D1(catanh, 2, 4);
	run_d("cpow", 0, cpow, cpow_cases, N(cpow_cases), BOUND(2, 24));
	F1(cexp, 1, 4);
	F1(clog, 1, 4);
	F1(csqrt, 1, 4);
	F1(csin, 1, 4);
	F1(ccos, 1, 4);
	F1(ctan, 1, 4);
	F1(csinh, 1, 4);
	F1(ccosh, 1, 4);
	F1(ctanh, 1, 4);
	F1(casin, 1, 4);
	F1(cacos, 1, 4);
	F1(catan, 1, 4);
	F1(casinh, 1, 4);
	F1(cacosh, 1, 4);
	F1(catanh, 1, 4);
	run_f("cpowf", 0, cpowf, cpowf_cases, N(cpowf_cases), BOUND(1, 16));
	return failures != 0;
}
