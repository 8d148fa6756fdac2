#include "complex_impl.h"

float _Complex casinf(float _Complex z)
{
	return cnarrowf(casin(cwidenf(z)));
}
