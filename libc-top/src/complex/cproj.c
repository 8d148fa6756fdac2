#include <complex.h>

/* Every complex infinity, whatever its other part, projects to the one
   point at infinity of the Riemann sphere. */
double _Complex cproj(double _Complex z)
{
	if (__builtin_isinf(__real__ z) || __builtin_isinf(__imag__ z))
		return __builtin_complex(__builtin_inf(), __builtin_copysign(0, __imag__ z));
	return z;
}
