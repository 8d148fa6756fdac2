#include <math.h>

int finitef(float x)
{
	return __builtin_isfinite(x);
}
