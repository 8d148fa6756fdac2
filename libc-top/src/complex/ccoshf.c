#include "complex_impl.h"

float _Complex ccoshf(float _Complex z)
{
	return cnarrowf(ccosh(cwidenf(z)));
}
