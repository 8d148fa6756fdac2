#include <time.h>
#include "time_impl.h"

struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	return __localtime(*t, tm);
}
