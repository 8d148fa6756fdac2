#include "complex_impl.h"

long double _Complex cexpl(long double _Complex z)
{
	return cwidenl(cexp(cnarrowl(z)));
}
