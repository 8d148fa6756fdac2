#include <wctype.h>

int iswdigit(wint_t c)
{
	return (unsigned)c - '0' < 10;
}
