#include <errno.h>
#include <limits.h>
#include <wchar.h>
#include "wcsto_impl.h"

/* A '-' negates in the unsigned type, as for strtoul. */
unsigned long wcstoul(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	int neg, over;
	unsigned long long m = __wcsto_int(s, end, base, &neg, &over);
	if (m > ULONG_MAX) {
		errno = ERANGE;
		return ULONG_MAX;
	}
	return neg ? -(unsigned long)m : (unsigned long)m;
}
