// portable
// env: TZ=AEST-10AEDT,M10.1.0,M4.1.0/3
#include "tz_common.h"

int main(void)
{
	return tz_main();
}
