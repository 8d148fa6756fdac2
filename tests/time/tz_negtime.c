// portable
// env: TZ=<-03>3<-02>,M3.5.0/-2,M10.5.0/-1
#include "tz_common.h"

int main(void)
{
	return tz_main();
}
