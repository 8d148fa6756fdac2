#include "complex_impl.h"

/* asin z = -i asinh(iz) (C17 G.6). */
double _Complex casin(double _Complex z)
{
	double _Complex w = casinh(cpack(-__imag__ z, __real__ z));
	return cpack(__imag__ w, -__real__ w);
}
