// portable
// env: TZ=UTC0
#include "tz_common.h"

int main(void)
{
	return tz_main();
}
