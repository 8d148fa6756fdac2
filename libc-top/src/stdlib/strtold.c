#include <stdlib.h>
#include "scan_impl.h"
#include "strto_impl.h"

long double strtold(const char *restrict s, char **restrict end)
{
	long double v;

	__strto_float(s, end, SF_LDOUBLE, &v);
	return v;
}
