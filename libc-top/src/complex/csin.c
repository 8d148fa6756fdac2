#include "complex_impl.h"

/* sin z = -i sinh(iz) (C17 G.6). */
double _Complex csin(double _Complex z)
{
	double _Complex w = csinh(cpack(-__imag__ z, __real__ z));
	return cpack(__imag__ w, -__real__ w);
}
