// portable
// env: TZ=<+03>-3
#include "tz_common.h"

int main(void)
{
	return tz_main();
}
