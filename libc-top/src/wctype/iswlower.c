#include <wctype.h>

int iswlower(wint_t c)
{
	return towupper(c) != c;
}
