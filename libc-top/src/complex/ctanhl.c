#include "complex_impl.h"

long double _Complex ctanhl(long double _Complex z)
{
	return cwidenl(ctanh(cnarrowl(z)));
}
