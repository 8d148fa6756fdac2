#include "complex_impl.h"

float _Complex csinhf(float _Complex z)
{
	return cnarrowf(csinh(cwidenf(z)));
}
