#include <inttypes.h>
#include "strto_impl.h"

intmax_t strtoimax(const char *restrict s, char **restrict end, int base)
{
	return (intmax_t)__strto_signed(s, end, base, INTMAX_MAX);
}
