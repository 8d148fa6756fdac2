#include <wchar.h>
#include "scan_impl.h"
#include "wcsto_impl.h"

double wcstod(const wchar_t *restrict s, wchar_t **restrict end)
{
	double v;

	__wcsto_float(s, end, SF_DOUBLE, &v);
	return v;
}
