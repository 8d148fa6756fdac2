#include "complex_impl.h"

float _Complex ctanf(float _Complex z)
{
	return cnarrowf(ctan(cwidenf(z)));
}
