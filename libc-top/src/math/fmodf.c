#include <math.h>

/* fmod is exact and its result fits the format of its operands. */
float fmodf(float x, float y)
{
	return (float)fmod(x, y);
}
