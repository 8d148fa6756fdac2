#include "complex_impl.h"

float _Complex clogf(float _Complex z)
{
	return cnarrowf(clog(cwidenf(z)));
}
