#include <stdlib.h>
#include "hsearch_impl.h"

/* The keys and data stay the caller's, as POSIX has it. */
void hdestroy_r(struct hsearch_data *h)
{
	if (!h)
		return;
	free(h->__tab);
	h->__tab = NULL;
}
