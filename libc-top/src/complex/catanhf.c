#include "complex_impl.h"

float _Complex catanhf(float _Complex z)
{
	return cnarrowf(catanh(cwidenf(z)));
}
