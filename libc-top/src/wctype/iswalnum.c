#include <wctype.h>

int iswalnum(wint_t c)
{
	return iswdigit(c) || iswalpha(c);
}
