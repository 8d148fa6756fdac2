#include "complex_impl.h"

float _Complex csqrtf(float _Complex z)
{
	return cnarrowf(csqrt(cwidenf(z)));
}
