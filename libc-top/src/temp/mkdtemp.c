#include <stdlib.h>
#include <sys/stat.h>
#include "temp_impl.h"

static int create(const char *name, int unused)
{
	(void)unused;
	return mkdir(name, 0700);
}

char *mkdtemp(char *template)
{
	return __make_temp(template, 0, create, 0) < 0 ? 0 : template;
}
