#include <limits.h>
#include <stdlib.h>
#include "strto_impl.h"

long long strtoll(const char *restrict s, char **restrict end, int base)
{
	return (long long)__strto_signed(s, end, base, LLONG_MAX);
}
