#include "complex_impl.h"

/* atan z = -i atanh(iz) (C17 G.6). */
double _Complex catan(double _Complex z)
{
	double _Complex w = catanh(cpack(-__imag__ z, __real__ z));
	return cpack(__imag__ w, -__real__ w);
}
