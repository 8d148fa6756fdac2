#include <errno.h>
#include "strto_impl.h"

long long __strto_signed(const char *s, char **end, int base, long long max)
{
	int neg, over;
	unsigned long long m = __strto_int(s, end, base, &neg, &over);
	unsigned long long limit = (unsigned long long)max + neg;

	if (over || m > limit) {
		errno = ERANGE;
		return neg ? -max - 1 : max;
	}
	/* -m computed in the unsigned type: exact even for -max - 1 */
	return neg ? (long long)(0 - m) : (long long)m;
}
