#include "hsearch_impl.h"

struct hsearch_data __htab;

int hcreate(size_t n)
{
	if (__htab.__tab)
		return 0;
	return hcreate_r(n, &__htab);
}
