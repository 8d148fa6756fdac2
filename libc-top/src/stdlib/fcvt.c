#include <stdio.h>
#include <string.h>
#include "format_impl.h"

/* x with ndigit digits after the decimal point, rounded by printf's exact
   formatter, leading zeros dropped; *decpt is where the point goes, *sign
   whether x is negative. A nonzero x that rounds to nothing gives "" with
   the point ndigit places left, as glibc has it. */
char *fcvt(double x, int ndigit, int *decpt, int *sign)
{
	static char digits[FCVT_MAX + 16];
	if (ndigit < 0)
		ndigit = 0;
	if (ndigit > ECVT_MAX)
		ndigit = ECVT_MAX;
	snprintf(digits, sizeof digits, "%+.*f", ndigit, x);
	*sign = digits[0] == '-';
	char *point = strchr(digits, '.');
	size_t whole = point ? (size_t)(point - digits) - 1 : strlen(digits) - 1;
	if (point)
		memmove(point, point + 1, strlen(point + 1) + 1);
	char *d = digits + 1;
	size_t zeros = strspn(d, "0");
	if (!d[zeros]) {
		/* every digit is zero */
		*decpt = x == 0 || !ndigit ? 1 : -ndigit;
		if (*decpt < 0)
			*d = 0;
		return d;
	}
	*decpt = (int)whole - (int)zeros;
	return d + zeros;
}
