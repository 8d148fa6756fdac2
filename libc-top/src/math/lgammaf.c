#include "libm.h"

/* The double result rounded to float; sets signgam. */
float lgammaf(float x)
{
	return narrowf(__lgamma_r(x, &__signgam));
}
