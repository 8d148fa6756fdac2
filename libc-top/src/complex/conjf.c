#include <complex.h>

float _Complex conjf(float _Complex z)
{
	return __builtin_complex(__real__ z, -__imag__ z);
}
