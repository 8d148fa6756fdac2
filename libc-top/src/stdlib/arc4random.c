#include <stdlib.h>

unsigned arc4random(void)
{
	unsigned v;

	arc4random_buf(&v, sizeof v);
	return v;
}
