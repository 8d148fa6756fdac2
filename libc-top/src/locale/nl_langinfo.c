#include <langinfo.h>
#include "locale_impl.h"

char *__nl_langinfo(nl_item item)
{
	return __nl_langinfo_l(item, __locale_current());
}

weak_alias(__nl_langinfo, nl_langinfo);
