#include "complex_impl.h"

/* cos z = cosh(iz) (C17 G.6). */
double _Complex ccos(double _Complex z)
{
	return ccosh(cpack(-__imag__ z, __real__ z));
}
