#include <stdlib.h>
#include "fts_impl.h"

void __fts_free_list(FTSENT *p)
{
	while (p) {
		FTSENT *next = p->fts_link;
		free(p);
		p = next;
	}
}
