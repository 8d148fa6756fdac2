#include <stdio.h>
#include <stdlib.h>
#include "format_impl.h"

/* ndigit significant digits of x, rounded by printf's exact formatter;
   *decpt is where the decimal point goes, *sign whether x is negative. */
char *ecvt(double x, int ndigit, int *decpt, int *sign)
{
	static char digits[ECVT_MAX + 16];
	char tmp[ECVT_MAX + 16];
	if (ndigit > ECVT_MAX)
		ndigit = ECVT_MAX;
	/* With no digit asked for, the point goes where the value puts it. */
	int prec = ndigit > 0 ? ndigit - 1 : 16;
	snprintf(tmp, sizeof tmp, "%+.*e", prec, x);
	*sign = tmp[0] == '-';
	size_t n = 0;
	char *p = tmp + 1;
	for (; *p != 'e'; p++)
		if (*p != '.')
			digits[n++] = *p;
	if (ndigit <= 0)
		n = 0;
	digits[n] = 0;
	int e = atoi(p + 1);
	*decpt = x == 0 ? 1 : e + 1;
	return digits;
}
