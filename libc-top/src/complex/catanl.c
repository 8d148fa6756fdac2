#include "complex_impl.h"

long double _Complex catanl(long double _Complex z)
{
	return cwidenl(catan(cnarrowl(z)));
}
