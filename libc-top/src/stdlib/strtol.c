#include <limits.h>
#include <stdlib.h>
#include "strto_impl.h"

long strtol(const char *restrict s, char **restrict end, int base)
{
	return (long)__strto_signed(s, end, base, LONG_MAX);
}
