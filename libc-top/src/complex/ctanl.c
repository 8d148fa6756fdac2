#include "complex_impl.h"

long double _Complex ctanl(long double _Complex z)
{
	return cwidenl(ctan(cnarrowl(z)));
}
