#include "complex_impl.h"

long double _Complex cacosl(long double _Complex z)
{
	return cwidenl(cacos(cnarrowl(z)));
}
