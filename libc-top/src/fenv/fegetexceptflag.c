#include <fenv.h>

int fegetexceptflag(fexcept_t *flagp, int excepts)
{
	if (excepts & ~FE_ALL_EXCEPT)
		return -1;
	*flagp = 0;
	return 0;
}
