#include <wctype.h>
#include "wctype_impl.h"

/* Null, what wctrans() returns for an unknown name, leaves c alone. */
wint_t towctrans(wint_t c, wctrans_t t)
{
	if (t == &__wctrans_ids[0])
		return towupper(c);
	if (t == &__wctrans_ids[1])
		return towlower(c);
	return c;
}
