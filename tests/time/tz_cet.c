// portable
// env: TZ=CET-1CEST,M3.5.0,M10.5.0/3
#include "tz_common.h"

int main(void)
{
	return tz_main();
}
