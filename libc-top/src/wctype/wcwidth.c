#include <wchar.h>
#include "unicode_tables.h"

/* Columns on a terminal: -1 for what does not print, 0 for marks and
   format characters that join the character before, 2 for East Asian
   wide and fullwidth characters, 1 for the rest. */
int wcwidth(wchar_t c)
{
	uint32_t u = (uint32_t)c;
	if (!u)
		return 0;
	if (!in_print(u))
		return -1;
	if (in_zero_width(u))
		return 0;
	return in_wide(u) ? 2 : 1;
}
