#include <errno.h>
#include <stdint.h>
#include <string.h>
#include "hsearch_impl.h"

static size_t hash(const char *s)
{
	uint32_t h = 2166136261u;  /* FNV-1a */

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

int hsearch_r(ENTRY item, ACTION action, ENTRY **found, struct hsearch_data *h)
{
	struct __tab *t = h ? h->__tab : NULL;

	*found = NULL;
	if (!t) {
		errno = EINVAL;
		return 0;
	}
	size_t i = hash(item.key) & t->mask;
	for (; t->e[i].key; i = (i + 1) & t->mask) {
		if (!strcmp(t->e[i].key, item.key)) {
			*found = &t->e[i];
			return 1;
		}
	}
	if (action == FIND) {
		errno = ESRCH;
		return 0;
	}
	if (t->used + 1 >= t->mask + 1 - (t->mask + 1) / 4) {
		errno = ENOMEM;
		return 0;
	}
	t->e[i] = item;
	t->used++;
	*found = &t->e[i];
	return 1;
}
