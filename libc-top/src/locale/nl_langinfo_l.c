#include <langinfo.h>
#include "locale_impl.h"

/* The C locale's strings, which every locale of ours shares: LC_TIME's
   items in the order of their indices (ERA_YEAR, index 45, has no macro). */
static const char *const time_items[] = {
	"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
	"AM", "PM", "%a %b %e %H:%M:%S %Y", "%m/%d/%y", "%H:%M:%S", "%I:%M:%S %p",
};

char *__nl_langinfo_l(nl_item item, locale_t loc)
{
	int cat = (unsigned)item >> 16, idx = item & 0xffff;
	const char *s = "";
	if (idx == 0xffff && cat < __LOCALE_CATS) {
		const struct __locale_struct *l =
			loc == LC_GLOBAL_LOCALE ? &__global_locale : loc;
		/* GNU's _NL_LOCALE_NAME: the category's locale name. */
		return (char *)l->name[cat];
	}
	switch (cat) {
	case LC_CTYPE:
		if (item == CODESET)
			s = "UTF-8";
		break;
	case LC_NUMERIC:
		if (item == RADIXCHAR)
			s = ".";
		break;
	case LC_TIME:
		if (idx < (int)(sizeof time_items / sizeof *time_items))
			s = time_items[idx];
		break;
	case LC_MONETARY:
		if (item == CRNCYSTR)
			s = "-";
		break;
	case LC_MESSAGES:
		if (item == YESEXPR)
			s = "^[yY]";
		else if (item == NOEXPR)
			s = "^[nN]";
		break;
	}
	/* The caller must not write through the result (POSIX). */
	return (char *)s;
}

weak_alias(__nl_langinfo_l, nl_langinfo_l);
