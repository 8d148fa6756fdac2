#include <limits.h>
#include <stdlib.h>
#include "strto_impl.h"

unsigned long long strtoull(const char *restrict s, char **restrict end, int base)
{
	return (unsigned long long)__strto_unsigned(s, end, base, ULLONG_MAX);
}
