#include "locale_impl.h"

locale_t __uselocale(locale_t loc)
{
	locale_t old = __thread_locale ? __thread_locale : LC_GLOBAL_LOCALE;
	if (loc)
		__thread_locale = loc == LC_GLOBAL_LOCALE ? NULL : loc;
	return old;
}

weak_alias(__uselocale, uselocale);
