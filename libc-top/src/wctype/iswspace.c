#include <wctype.h>

/* White_Space in Unicode's PropList.txt, less the no-break spaces (U+00A0,
   U+2007, U+202F), which must not split words, and U+0085. */
int iswspace(wint_t c)
{
	switch (c) {
	case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
	case 0x1680: case 0x2028: case 0x2029: case 0x205f: case 0x3000:
		return 1;
	}
	return (unsigned)c - 0x2000 < 11 && c != 0x2007;
}
