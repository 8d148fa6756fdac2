#include <time.h>
#include "time_impl.h"

void tzset(void)
{
	__tz_current();
}
