#include <math.h>

float cbrtf(float x)
{
	return (float)cbrt(x);
}
