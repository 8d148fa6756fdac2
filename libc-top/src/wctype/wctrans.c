#include <string.h>
#include <wctype.h>
#include "wctype_impl.h"

const int __wctrans_ids[2];

wctrans_t wctrans(const char *name)
{
	if (!strcmp(name, "toupper"))
		return &__wctrans_ids[0];
	if (!strcmp(name, "tolower"))
		return &__wctrans_ids[1];
	return NULL;
}
