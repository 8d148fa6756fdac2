#include <errno.h>
#include "strto_impl.h"

unsigned long long __strto_unsigned(const char *s, char **end, int base, unsigned long long max)
{
	int neg, over;
	unsigned long long m = __strto_int(s, end, base, &neg, &over);

	if (over || m > max) {
		errno = ERANGE;
		return max;
	}
	return neg ? (0 - m) & max : m;
}
