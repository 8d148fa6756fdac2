#include "complex_impl.h"

long double _Complex csinhl(long double _Complex z)
{
	return cwidenl(csinh(cnarrowl(z)));
}
