#include <search.h>
#include <stdlib.h>
#include "tsearch_impl.h"

static struct __tnode *insert(const void *key, struct __tnode **p,
	int (*cmp)(const void *, const void *))
{
	if (!*p) {
		struct __tnode *n = malloc(sizeof *n);
		if (!n)
			return NULL;
		n->key = key;
		n->child[0] = n->child[1] = NULL;
		n->height = 1;
		*p = n;
		return n;
	}
	int c = cmp(key, (*p)->key);
	if (!c)
		return *p;
	struct __tnode *found = insert(key, &(*p)->child[c > 0], cmp);
	if (found)
		__tbalance(p);
	return found;
}

void *tsearch(const void *key, void **root, int (*cmp)(const void *, const void *))
{
	if (!root)
		return NULL;
	return insert(key, (struct __tnode **)root, cmp);
}
