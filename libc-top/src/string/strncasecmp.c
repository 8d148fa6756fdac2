#include <strings.h>
#include "string_impl.h"

int strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;
	if (!n)
		return 0;
	while (--n && *l && __ascii_lower(*l) == __ascii_lower(*r))
		l++, r++;
	return __ascii_lower(*l) - __ascii_lower(*r);
}
