#include <math.h>

/* The payload string is accepted and ignored: every NaN is the default one. */
double nan(const char *tag)
{
	(void)tag;
	return __builtin_nan("");
}
