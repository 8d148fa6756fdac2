#include <string.h>
#include "libc.h"

/* Horspool's search: on a mismatch, the haystack byte under the needle's
   last position says how far the needle can move. */
void *__memmem(const void *hay, size_t hlen, const void *needle, size_t nlen)
{
	const unsigned char *h = hay, *n = needle;
	if (!nlen)
		return (void *)h;
	if (nlen > hlen)
		return NULL;
	if (nlen == 1)
		return memchr(h, n[0], hlen);
	size_t shift[256];
	for (size_t i = 0; i < 256; i++)
		shift[i] = nlen;
	for (size_t i = 0; i < nlen - 1; i++)
		shift[n[i]] = nlen - 1 - i;
	const unsigned char *last = h + hlen - nlen;
	unsigned char tail = n[nlen - 1];
	for (const unsigned char *p = h; p <= last; p += shift[p[nlen - 1]])
		if (p[nlen - 1] == tail && !memcmp(p, n, nlen - 1))
			return (void *)p;
	return NULL;
}

weak_alias(__memmem, memmem);
