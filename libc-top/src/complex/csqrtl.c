#include "complex_impl.h"

long double _Complex csqrtl(long double _Complex z)
{
	return cwidenl(csqrt(cnarrowl(z)));
}
