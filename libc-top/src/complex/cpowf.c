#include "complex_impl.h"

float _Complex cpowf(float _Complex z, float _Complex w)
{
	return cnarrowf(cpow(cwidenf(z), cwidenf(w)));
}
