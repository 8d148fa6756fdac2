#include "libm.h"

/* The double result rounded to float, as in sinf.c. */
float atan2f(float x, float y)
{
	return narrowf(atan2(x, y));
}
