#include <string.h>
#include <strings.h>

/* strcasecmp's folding: ASCII letters only, as in the C locale (and in
   C.UTF-8, where every byte of a multibyte character is >= 0x80). */
static unsigned char fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

#define TW_NAME twoway_casefold
#define TW_T unsigned char
#define TW_KEY(c) fold(c)
#include "twoway_impl.h"

char *strcasestr(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	if (!n)
		return (char *)hay;
	const unsigned char *h = (const unsigned char *)hay;
	return (char *)twoway_casefold(h, strlen(hay), (const unsigned char *)needle, n);
}
