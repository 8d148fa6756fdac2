#include <complex.h>

long double _Complex conjl(long double _Complex z)
{
	return __builtin_complex(__real__ z, -__imag__ z);
}
