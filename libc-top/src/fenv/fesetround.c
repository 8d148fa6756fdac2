#include <fenv.h>

/* Round to nearest is the only direction wasm has. */
int fesetround(int round)
{
	return round == FE_TONEAREST ? 0 : -1;
}
