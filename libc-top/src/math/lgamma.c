#include "libm.h"

int signgam;

double lgamma(double x)
{
	return lgamma_r(x, &signgam);
}
