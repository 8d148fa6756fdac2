// portable
// env: TZ=EST5EDT
#include "tz_common.h"

int main(void)
{
	return tz_main();
}
