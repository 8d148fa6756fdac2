#include <stdlib.h>
#include <string.h>
#include "rand48_impl.h"

void lcong48(unsigned short params[7])
{
	memcpy(__rand48, params, sizeof __rand48);
}
