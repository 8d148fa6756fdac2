#include <stdio.h>
#include <wchar.h>

/* Only ASCII bytes are characters on their own in UTF-8. */
wint_t btowc(int c)
{
	return (unsigned)c < 0x80 ? (wint_t)c : (wint_t)WEOF;
}
