#include <unistd.h>
#include "getopt_impl.h"

int getopt(int argc, char *const argv[], const char *opts)
{
	return __getopt(argc, argv, opts, NULL, NULL, 0);
}
