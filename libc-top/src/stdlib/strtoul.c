#include <limits.h>
#include <stdlib.h>
#include "strto_impl.h"

unsigned long strtoul(const char *restrict s, char **restrict end, int base)
{
	return (unsigned long)__strto_unsigned(s, end, base, ULONG_MAX);
}
