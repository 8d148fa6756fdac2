#include "stdio_impl.h"

int fwide(FILE *f, int mode)
{
	if (mode && !f->orient)
		f->orient = mode > 0 ? 1 : -1;
	return f->orient;
}
