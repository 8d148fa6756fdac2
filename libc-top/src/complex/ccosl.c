#include "complex_impl.h"

long double _Complex ccosl(long double _Complex z)
{
	return cwidenl(ccos(cnarrowl(z)));
}
