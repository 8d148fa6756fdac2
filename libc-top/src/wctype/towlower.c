#include <wctype.h>
#include "case_map.h"

wint_t towlower(wint_t c)
{
	return (wint_t)map_case(to_lower, sizeof to_lower / sizeof *to_lower, (uint32_t)c);
}
