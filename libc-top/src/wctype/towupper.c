#include <wctype.h>
#include "case_map.h"

wint_t towupper(wint_t c)
{
	return (wint_t)map_case(to_upper, sizeof to_upper / sizeof *to_upper, (uint32_t)c);
}
