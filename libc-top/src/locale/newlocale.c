#include <errno.h>
#include <stdlib.h>
#include "locale_impl.h"

locale_t __newlocale(int mask, const char *name, locale_t base)
{
	if (mask == LC_ALL_MASK)
		mask = (1 << __LOCALE_CATS) - 1;
	if ((mask & ~((1 << __LOCALE_CATS) - 1)) || !name || base == LC_GLOBAL_LOCALE) {
		errno = EINVAL;
		return NULL;
	}
	struct __locale_struct tmp = { { "C", "C", "C", "C", "C", "C" } };
	if (base)
		tmp = *base;
	if (__locale_set(&tmp, mask, name) < 0)
		return NULL;
	/* POSIX lets the result reuse base, which then is no longer valid. */
	locale_t loc = base ? base : malloc(sizeof *loc);
	if (loc)
		*loc = tmp;
	return loc;
}

weak_alias(__newlocale, newlocale);
