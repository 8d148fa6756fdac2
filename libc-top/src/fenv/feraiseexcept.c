#include <fenv.h>

int feraiseexcept(int excepts)
{
	return excepts & ~FE_ALL_EXCEPT ? -1 : 0;
}
