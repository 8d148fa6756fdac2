#include <wchar.h>
#include "scan_impl.h"
#include "wcsto_impl.h"

float wcstof(const wchar_t *restrict s, wchar_t **restrict end)
{
	float v;

	__wcsto_float(s, end, SF_FLOAT, &v);
	return v;
}
