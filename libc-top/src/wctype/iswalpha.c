#include <wctype.h>
#include "unicode_tables.h"

int iswalpha(wint_t c)
{
	return in_alpha((uint32_t)c);
}
