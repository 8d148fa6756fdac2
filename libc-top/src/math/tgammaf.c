#include "libm.h"

/* The double result rounded to float. */
float tgammaf(float x)
{
	return narrowf(tgamma(x));
}
