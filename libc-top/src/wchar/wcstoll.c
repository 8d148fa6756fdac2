#include <errno.h>
#include <limits.h>
#include <wchar.h>
#include "wcsto_impl.h"

long long wcstoll(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	int neg, over;
	unsigned long long m = __wcsto_int(s, end, base, &neg, &over);
	if (m > (unsigned long long)LLONG_MAX + (unsigned)neg) {
		errno = ERANGE;
		return neg ? LLONG_MIN : LLONG_MAX;
	}
	return neg && m ? -(long long)(m - 1) - 1 : (long long)m;
}
