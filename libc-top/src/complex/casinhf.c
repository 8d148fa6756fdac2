#include "complex_impl.h"

float _Complex casinhf(float _Complex z)
{
	return cnarrowf(casinh(cwidenf(z)));
}
