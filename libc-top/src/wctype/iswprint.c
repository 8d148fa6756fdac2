#include <wctype.h>
#include "unicode_tables.h"

int iswprint(wint_t c)
{
	return in_print((uint32_t)c);
}
