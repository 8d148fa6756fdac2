#include <math.h>

/* f32.min returns NaN when either operand is one; C wants the other. It
   orders -0 below +0, which C allows. */
float fminf(float x, float y)
{
	if (__builtin_isnan(x))
		return y;
	if (__builtin_isnan(y))
		return x;
	return __builtin_wasm_min_f32(x, y);
}
