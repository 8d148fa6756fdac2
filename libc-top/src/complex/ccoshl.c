#include "complex_impl.h"

long double _Complex ccoshl(long double _Complex z)
{
	return cwidenl(ccosh(cnarrowl(z)));
}
