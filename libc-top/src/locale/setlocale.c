#include <errno.h>
#include <string.h>
#include "locale_impl.h"

/* The name of all categories: one name when they agree, else the
   composite form, which setlocale(LC_ALL, ...) accepts back. */
static char *all_name(void)
{
	static char buf[__LOCALE_CATS * (12 + __LOCALE_NAME_MAX + 1)];
	const struct __locale_struct *g = &__global_locale;
	int same = 1;
	for (int cat = 1; cat < __LOCALE_CATS; cat++)
		same &= !strcmp(g->name[cat], g->name[0]);
	if (same)
		return strcpy(buf, g->name[0]);
	/* strcat, not stpcpy: an ISO C function keeps to ISO C names. */
	buf[0] = 0;
	for (int cat = 0; cat < __LOCALE_CATS; cat++) {
		if (cat)
			strcat(buf, ";");
		strcat(buf, __locale_cat_names[cat]);
		strcat(buf, "=");
		strcat(buf, g->name[cat]);
	}
	return buf;
}

char *setlocale(int cat, const char *name)
{
	if (cat < 0 || cat > LC_ALL) {
		errno = EINVAL;
		return NULL;
	}
	if (name) {
		int mask = cat == LC_ALL ? (1 << __LOCALE_CATS) - 1 : 1 << cat;
		if (__locale_set(&__global_locale, mask, name) < 0)
			return NULL;
	}
	return cat == LC_ALL ? all_name() : __global_locale.name[cat];
}
