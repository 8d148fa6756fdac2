#include <errno.h>
#include <stdlib.h>
#include "hsearch_impl.h"

int hcreate_r(size_t n, struct hsearch_data *h)
{
	size_t size = 8;

	if (!h) {
		errno = EINVAL;
		return 0;
	}
	/* room for n entries at a load of at most three quarters */
	while (size - size / 4 < n + 1) {
		if (size > ((size_t)-1 - sizeof(struct __tab)) / sizeof(ENTRY) / 2) {
			errno = ENOMEM;
			return 0;
		}
		size *= 2;
	}
	struct __tab *t = calloc(1, sizeof *t + size * sizeof(ENTRY));
	if (!t) {
		errno = ENOMEM;
		return 0;
	}
	t->mask = size - 1;
	h->__tab = t;
	return 1;
}
