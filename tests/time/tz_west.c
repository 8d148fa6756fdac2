// portable
// env: TZ=HST10:30HDT9,M4.1.6/25,M9.5.4/26
#include "tz_common.h"

int main(void)
{
	return tz_main();
}
