#include "hsearch_impl.h"

ENTRY *hsearch(ENTRY item, ACTION action)
{
	ENTRY *found;

	hsearch_r(item, action, &found, &__htab);
	return found;
}
