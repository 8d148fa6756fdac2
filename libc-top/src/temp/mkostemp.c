#include <fcntl.h>
#include <stdlib.h>
#include "temp_impl.h"

static int create(const char *name, int flags)
{
	return open(name, O_RDWR | O_CREAT | O_EXCL | flags, 0600);
}

int mkostemp(char *template, int flags)
{
	return __make_temp(template, 0, create, flags);
}
