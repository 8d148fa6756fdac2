#include <wctype.h>

/* C0 and C1 controls, DEL, and the line and paragraph separators. */
int iswcntrl(wint_t c)
{
	return (unsigned)c < 0x20 || (unsigned)c - 0x7f < 0x21 || c == 0x2028 || c == 0x2029;
}
