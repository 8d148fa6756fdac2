#include <string.h>
#include "string_impl.h"

void *memchr(const void *src, int c, size_t n)
{
	const unsigned char *p = src;
	unsigned char ch = (unsigned char)c;
	for (; n && ((uintptr_t)p & 7); n--, p++)
		if (*p == ch)
			return (void *)p;
	if (n >= 8) {
		uint64_t pattern = ONES * ch, m = 0;
		const word_t *w = (const void *)p;
		for (; n >= 8; n -= 8, w++)
			if ((m = zero_byte(*w ^ pattern)))
				return (char *)w + first_marked(m);
		p = (const void *)w;
	}
	for (; n; n--, p++)
		if (*p == ch)
			return (void *)p;
	return NULL;
}
