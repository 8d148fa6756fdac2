#include <string.h>
#include <strings.h>
#include "string_impl.h"

#define TW_NAME twoway_casefold
#define TW_T unsigned char
#define TW_KEY(c) __ascii_lower(c)
#include "twoway_impl.h"

char *strcasestr(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	if (!n)
		return (char *)hay;
	const unsigned char *h = (const unsigned char *)hay;
	return (char *)twoway_casefold(h, strlen(hay), (const unsigned char *)needle, n);
}
