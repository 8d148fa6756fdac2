// portable
/* The simple complex functions: parts, conjugate, projection,
   modulus and argument. */
#include <complex.h>
#include <math.h>
#include "test.h"

int main(void)
{
	double complex z = CMPLX(NUM(3.0), NUM(-4.0));
	CHECK(creal(z) == 3);
	CHECK(cimag(z) == -4);
	CHECK(cimag(conj(z)) == 4);
	CHECK(cabs(z) == 5);
	CHECK(carg(CMPLX(NUM(-1.0), NUM(0.0))) == 3.141592653589793);
	CHECK(signbit(carg(CMPLX(NUM(1.0), NUM(-0.0)))));
	double complex p = cproj(CMPLX(NUM(1.0), -NUM(INFINITY)));
	CHECK(isinf(creal(p)) && creal(p) > 0);
	CHECK(cimag(p) == 0 && signbit(cimag(p)));
	CHECK(cproj(z) == z);

	float complex f = CMPLXF(NUM(0.0f), NUM(2.0f));
	CHECK(crealf(f) == 0 && cimagf(f) == 2);
	CHECK(cabsf(f) == 2);
	CHECK(cargf(f) == 1.57079632679489661923f);
	CHECK(cimagf(conjf(f)) == -2);

	long double complex l = CMPLXL(NUM(-5.0L), NUM(12.0L));
	CHECK(creall(l) == -5 && cimagl(l) == 12);
	CHECK(cabsl(l) == 13);
	CHECK(cimagl(conjl(l)) == -12);
	CHECK(isinf(creall(cprojl(CMPLXL(NUM(INFINITY), NUM(1.0L))))));
	CHECK(creal(I * I) == -1);
	return test_done();
}
