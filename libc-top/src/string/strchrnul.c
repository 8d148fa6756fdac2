#include <string.h>
#include "libc.h"
#include "string_impl.h"

char *__strchrnul(const char *s, int c)
{
	char ch = (char)c;
	if (!ch)
		return (char *)s + strlen(s);
	for (; (uintptr_t)s & 7; s++)
		if (!*s || *s == ch)
			return (char *)s;
	uint64_t pattern = ONES * (unsigned char)ch, m;
	const word_t *w = (const void *)s;
	while (!(m = zero_byte(*w) | zero_byte(*w ^ pattern)))
		w++;
	return (char *)w + first_marked(m);
}

weak_alias(__strchrnul, strchrnul);
