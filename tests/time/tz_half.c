// portable
// env: TZ=<+0530>-5:30
#include "tz_common.h"

int main(void)
{
	return tz_main();
}
