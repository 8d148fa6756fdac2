// portable
// env: TZ=ABC-2DEF-3,J60/1:30,300/-1
#include "tz_common.h"

int main(void)
{
	return tz_main();
}
