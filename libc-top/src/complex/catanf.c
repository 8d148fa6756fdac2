#include "complex_impl.h"

float _Complex catanf(float _Complex z)
{
	return cnarrowf(catan(cwidenf(z)));
}
