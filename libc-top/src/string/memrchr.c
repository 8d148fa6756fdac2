#include <string.h>
#include "libc.h"

void *__memrchr(const void *s, int c, size_t n)
{
	const unsigned char *p = (const unsigned char *)s + n;
	while (n--)
		if (*--p == (unsigned char)c)
			return (void *)p;
	return NULL;
}

weak_alias(__memrchr, memrchr);
