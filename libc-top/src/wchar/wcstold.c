#include <wchar.h>
#include "scan_impl.h"
#include "wcsto_impl.h"

long double wcstold(const wchar_t *restrict s, wchar_t **restrict end)
{
	long double v;

	__wcsto_float(s, end, SF_LDOUBLE, &v);
	return v;
}
