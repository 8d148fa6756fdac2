#include "complex_impl.h"

long double _Complex cpowl(long double _Complex z, long double _Complex w)
{
	return cwidenl(cpow(cnarrowl(z), cnarrowl(w)));
}
