#include "complex_impl.h"

long double _Complex casinl(long double _Complex z)
{
	return cwidenl(casin(cnarrowl(z)));
}
