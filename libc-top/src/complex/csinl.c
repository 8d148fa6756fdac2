#include "complex_impl.h"

long double _Complex csinl(long double _Complex z)
{
	return cwidenl(csin(cnarrowl(z)));
}
