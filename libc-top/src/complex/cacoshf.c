#include "complex_impl.h"

float _Complex cacoshf(float _Complex z)
{
	return cnarrowf(cacosh(cwidenf(z)));
}
