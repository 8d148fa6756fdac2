#include <stdlib.h>
#include "locale_impl.h"

void __freelocale(locale_t loc)
{
	if (loc != LC_GLOBAL_LOCALE)
		free(loc);
}

weak_alias(__freelocale, freelocale);
