#include "complex_impl.h"

long double _Complex clogl(long double _Complex z)
{
	return cwidenl(clog(cnarrowl(z)));
}
