#include <wctype.h>

/* The spaces that separate words within a line. */
int iswblank(wint_t c)
{
	return iswspace(c) && !((unsigned)c - '\n' < 4 || c == 0x2028 || c == 0x2029);
}
