#ifndef TEST_ULP_H
#define TEST_ULP_H
/* What the libm accuracy tests share: their data tables hold floats as bit
   patterns, errors are measured in ulps, and each function's worst error
   is checked against a bound. The measured worst case goes to stderr in
   thousandths of an ulp; stdout says only whether the bound holds, so that
   glibc and this libc print the same. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Our bound under wasm, glibc's when the test runs natively. */
#ifdef __wasm__
#define BOUND(ours, glibc) (ours)
#else
#define BOUND(ours, glibc) (glibc)
#endif

static double d(uint64_t i)
{
	double v;
	memcpy(&v, &i, sizeof v);
	return v;
}

static float f(uint32_t i)
{
	float v;
	memcpy(&v, &i, sizeof v);
	return v;
}

/* The ulp of v in a format of p bits of precision whose smallest normal
   exponent is emin: 2^(e - p + 1) for v in [2^e, 2^(e+1)), or the
   subnormal spacing. */
static double ulp_of(double v, int p, int emin)
{
	int e;
	frexp(v, &e);
	e -= 1;
	if (e < emin)
		e = emin;
	return ldexp(1.0, e - p + 1);
}

static int failures;

static void report(const char *name, double worst, double bound)
{
	fprintf(stderr, "%-8s %6d\n", name, (int)(worst * 1000 + 0.999));
	printf("%-8s %s\n", name, worst <= bound ? "ok" : "FAIL");
	if (worst > bound)
		failures++;
}

#endif
