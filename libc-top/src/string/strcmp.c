#include <string.h>
#include "string_impl.h"

/* Bytes compare as unsigned char, as the standard requires. */
int strcmp(const char *a, const char *b)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;
	if (!(((uintptr_t)l ^ (uintptr_t)r) & 7)) {
		for (; (uintptr_t)l & 7; l++, r++)
			if (!*l || *l != *r)
				return *l - *r;
		const word_t *wl = (const void *)l, *wr = (const void *)r;
		while (*wl == *wr && !zero_byte(*wl))
			wl++, wr++;
		l = (const void *)wl;
		r = (const void *)wr;
	}
	while (*l && *l == *r)
		l++, r++;
	return *l - *r;
}
