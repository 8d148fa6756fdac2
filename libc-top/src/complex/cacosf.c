#include "complex_impl.h"

float _Complex cacosf(float _Complex z)
{
	return cnarrowf(cacos(cwidenf(z)));
}
