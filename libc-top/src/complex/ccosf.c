#include "complex_impl.h"

float _Complex ccosf(float _Complex z)
{
	return cnarrowf(ccos(cwidenf(z)));
}
