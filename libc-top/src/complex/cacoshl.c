#include "complex_impl.h"

long double _Complex cacoshl(long double _Complex z)
{
	return cwidenl(cacosh(cnarrowl(z)));
}
