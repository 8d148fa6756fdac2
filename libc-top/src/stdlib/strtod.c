#include <stdlib.h>
#include "scan_impl.h"
#include "strto_impl.h"

double strtod(const char *restrict s, char **restrict end)
{
	double v;

	__strto_float(s, end, SF_DOUBLE, &v);
	return v;
}
