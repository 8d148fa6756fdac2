#include <search.h>
#include <stdlib.h>
#include "tsearch_impl.h"

/* Unlinks the least node under *p into *out, rebalancing on the way up. */
static void take_least(struct __tnode **p, struct __tnode **out)
{
	if ((*p)->child[0]) {
		take_least(&(*p)->child[0], out);
		__tbalance(p);
		return;
	}
	*out = *p;
	*p = (*p)->child[1];
}

/* Removes key from *p; *parent is set to the parent of its node. Returns
   whether it was there. */
static int remove_key(const void *key, struct __tnode **p, struct __tnode *up,
	struct __tnode **parent, int (*cmp)(const void *, const void *))
{
	struct __tnode *n = *p;
	if (!n)
		return 0;
	int c = cmp(key, n->key);
	if (c) {
		if (!remove_key(key, &n->child[c > 0], n, parent, cmp))
			return 0;
		__tbalance(p);
		return 1;
	}
	*parent = up;
	if (!n->child[0] || !n->child[1]) {
		*p = n->child[!n->child[0]];
	} else {
		/* the successor takes the node's place */
		struct __tnode *s;
		take_least(&n->child[1], &s);
		s->child[0] = n->child[0];
		s->child[1] = n->child[1];
		*p = s;
		__tbalance(p);
	}
	free(n);
	return 1;
}

void *tdelete(const void *restrict key, void **restrict root, int (*cmp)(const void *, const void *))
{
	struct __tnode *parent = NULL;

	if (!root || !remove_key(key, (struct __tnode **)root, NULL, &parent, cmp))
		return NULL;
	/* for the root, POSIX asks only for some pointer other than NULL */
	return parent ? (void *)parent : (void *)root;
}
