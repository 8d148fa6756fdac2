#include "complex_impl.h"

float _Complex csinf(float _Complex z)
{
	return cnarrowf(csin(cwidenf(z)));
}
