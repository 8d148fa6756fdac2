#include <inttypes.h>
#include "strto_impl.h"

uintmax_t strtoumax(const char *restrict s, char **restrict end, int base)
{
	return (uintmax_t)__strto_unsigned(s, end, base, UINTMAX_MAX);
}
