#include <string.h>
#include "string_impl.h"

size_t strlen(const char *s)
{
	const char *p = s;
	for (; (uintptr_t)p & 7; p++)
		if (!*p)
			return (size_t)(p - s);
	const word_t *w = (const void *)p;
	uint64_t m;
	while (!(m = zero_byte(*w)))
		w++;
	return (size_t)((const char *)w - s) + first_marked(m);
}
