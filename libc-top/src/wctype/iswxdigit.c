#include <wctype.h>

int iswxdigit(wint_t c)
{
	return (unsigned)c - '0' < 10 || ((unsigned)c | 32) - 'a' < 6;
}
