#include "complex_impl.h"

long double _Complex catanhl(long double _Complex z)
{
	return cwidenl(catanh(cnarrowl(z)));
}
