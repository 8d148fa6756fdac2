#include "libm.h"

float lgammaf_r(float x, int *sign)
{
	return narrowf(lgamma_r(x, sign));
}
