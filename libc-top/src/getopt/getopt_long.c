#include "getopt_impl.h"

int getopt_long(int argc, char *const *argv, const char *opts, const struct option *longs, int *index)
{
	return __getopt(argc, argv, opts, longs, index, 0);
}
