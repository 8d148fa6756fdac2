#include "complex_impl.h"

long double _Complex casinhl(long double _Complex z)
{
	return cwidenl(casinh(cnarrowl(z)));
}
