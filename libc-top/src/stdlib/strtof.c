#include <stdlib.h>
#include "scan_impl.h"
#include "strto_impl.h"

float strtof(const char *restrict s, char **restrict end)
{
	float v;

	__strto_float(s, end, SF_FLOAT, &v);
	return v;
}
