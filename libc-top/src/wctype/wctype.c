#include <string.h>
#include <wctype.h>
#include "wctype_impl.h"

wctype_t wctype(const char *name)
{
	for (unsigned i = 0; i < CLASS_COUNT; i++)
		if (!strcmp(name, __wctype_names[i]))
			return i + 1;
	return 0;
}
