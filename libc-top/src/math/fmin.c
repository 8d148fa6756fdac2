#include <math.h>

/* f64.min returns NaN when either operand is one; C wants the other. It
   orders -0 below +0, which C allows. */
double fmin(double x, double y)
{
	if (__builtin_isnan(x))
		return y;
	if (__builtin_isnan(y))
		return x;
	return __builtin_wasm_min_f64(x, y);
}
