#include <strings.h>
#include "string_impl.h"

int strcasecmp(const char *a, const char *b)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;
	while (*l && __ascii_lower(*l) == __ascii_lower(*r))
		l++, r++;
	return __ascii_lower(*l) - __ascii_lower(*r);
}
