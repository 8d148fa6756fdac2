#include <wctype.h>

int iswupper(wint_t c)
{
	return towlower(c) != c;
}
