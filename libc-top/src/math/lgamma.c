#include "libm.h"

/* signgam is not a C name: a strictly conforming program may have its own,
   so lgamma sets the reserved one, which the header's signgam aliases. */
int __signgam;
weak_alias(__signgam, signgam);

double lgamma(double x)
{
	return __lgamma_r(x, &__signgam);
}
