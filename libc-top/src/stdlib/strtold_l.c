#include <stdlib.h>
#include "scan_impl.h"
#include "strto_impl.h"

/* Every locale reads numbers as the C locale does. */
long double strtold_l(const char *restrict s, char **restrict end, locale_t loc)
{
	long double v;

	(void)loc;
	__strto_float(s, end, SF_LDOUBLE, &v);
	return v;
}
