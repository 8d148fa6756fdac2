#include "complex_impl.h"

float _Complex ctanhf(float _Complex z)
{
	return cnarrowf(ctanh(cwidenf(z)));
}
