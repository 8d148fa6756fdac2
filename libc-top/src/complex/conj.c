#include <complex.h>

double _Complex conj(double _Complex z)
{
	return __builtin_complex(__real__ z, -__imag__ z);
}
