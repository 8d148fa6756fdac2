#include "stdio_impl.h"

void setlinebuf(FILE *f)
{
	setvbuf(f, NULL, _IOLBF, 0);
}
