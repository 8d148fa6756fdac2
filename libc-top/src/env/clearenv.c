#include <stdlib.h>
#include <unistd.h>
#include "env_impl.h"

int clearenv(void)
{
	static char *empty[1];

	__env_release_all();
	__environ = empty;
	return 0;
}
