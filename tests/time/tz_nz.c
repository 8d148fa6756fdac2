// portable
// env: TZ=NZST-12NZDT,M9.5.0,M4.1.0/3
#include "tz_common.h"

int main(void)
{
	return tz_main();
}
