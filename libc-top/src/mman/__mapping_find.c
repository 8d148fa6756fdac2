#include "mman_impl.h"

struct mapping *__mappings;

struct mapping *__mapping_find(const void *addr, struct mapping ***link)
{
	const char *a = addr;
	struct mapping **p = &__mappings;

	for (; *p; p = &(*p)->next) {
		if (a >= (*p)->addr && a - (*p)->addr < (ptrdiff_t)(*p)->len) {
			if (link)
				*link = p;
			return *p;
		}
	}
	return 0;
}
