#include <errno.h>
#include <limits.h>
#include <wchar.h>
#include "wcsto_impl.h"

/* A '-' negates in the unsigned type, as for strtoull. */
unsigned long long wcstoull(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	int neg, over;
	unsigned long long m = __wcsto_int(s, end, base, &neg, &over);
	if (over) {
		errno = ERANGE;
		return ULLONG_MAX;
	}
	return neg ? -m : m;
}
