#ifndef HSEARCH_IMPL_H
#define HSEARCH_IMPL_H

#include <search.h>
#include "libc.h"

/* An open-addressed table of a power-of-two size, probed linearly;
   entries are never removed, so no tombstones are needed. One slot always
   stays empty so that a search for a missing key ends. */
struct __tab {
	size_t mask, used;
	ENTRY e[];
};

/* The process-wide table of hcreate and hsearch. */
hidden extern struct hsearch_data __htab;

#endif
