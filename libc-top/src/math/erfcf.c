#include "libm.h"

/* The double result rounded to float. */
float erfcf(float x)
{
	return narrowf(erfc(x));
}
