#include "libm.h"

/* The double result rounded to float; sets signgam. */
float lgammaf(float x)
{
	return narrowf(lgamma_r(x, &signgam));
}
