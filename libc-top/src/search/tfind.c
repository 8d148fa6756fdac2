#include <search.h>
#include <stddef.h>
#include "tsearch_impl.h"

void *tfind(const void *key, void *const *root, int (*cmp)(const void *, const void *))
{
	if (!root)
		return NULL;
	struct __tnode *n = *root;
	while (n) {
		int c = cmp(key, n->key);
		if (!c)
			return n;
		n = n->child[c > 0];
	}
	return NULL;
}
