#include "libm.h"

float __lgammaf_r(float x, int *sign)
{
	return narrowf(__lgamma_r(x, sign));
}

weak_alias(__lgammaf_r, lgammaf_r);
