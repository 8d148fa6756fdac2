#include <errno.h>
#include <stdlib.h>
#include "locale_impl.h"

locale_t __duplocale(locale_t loc)
{
	if (!loc) {
		errno = EINVAL;
		return NULL;
	}
	locale_t copy = malloc(sizeof *copy);
	if (copy)
		*copy = loc == LC_GLOBAL_LOCALE ? __global_locale : *loc;
	return copy;
}

weak_alias(__duplocale, duplocale);
