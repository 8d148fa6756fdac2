#include <stdio.h>
#include <stdlib.h>

/* x in ndigit significant digits, as %g writes it; buf must hold it. */
char *gcvt(double x, int ndigit, char *buf)
{
	sprintf(buf, "%.*g", ndigit, x);
	return buf;
}
