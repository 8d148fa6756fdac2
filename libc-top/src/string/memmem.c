#include <stddef.h>
#include <string.h>
#include "libc.h"

#define TW_NAME twoway
#define TW_T unsigned char
#define TW_KEY(c) (c)
#include "twoway_impl.h"

/* Linear time and constant space in the worst case (twoway_impl.h). */
void *__memmem(const void *hay, size_t hlen, const void *needle, size_t nlen)
{
	const unsigned char *n = needle;
	if (!nlen)
		return (void *)hay;
	if (nlen == 1)
		return memchr(hay, n[0], hlen);
	return (void *)twoway(hay, hlen, n, nlen);
}

weak_alias(__memmem, memmem);
