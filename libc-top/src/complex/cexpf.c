#include "complex_impl.h"

float _Complex cexpf(float _Complex z)
{
	return cnarrowf(cexp(cwidenf(z)));
}
