#include "complex_impl.h"

/* tan z = -i tanh(iz) (C17 G.6). */
double _Complex ctan(double _Complex z)
{
	double _Complex w = ctanh(cpack(-__imag__ z, __real__ z));
	return cpack(__imag__ w, -__real__ w);
}
