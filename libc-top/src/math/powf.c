#include "libm.h"

/* The double result rounded to float, as in sinf.c. */
float powf(float x, float y)
{
	return narrowf(pow(x, y));
}
