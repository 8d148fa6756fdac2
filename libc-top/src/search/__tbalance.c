#include "tsearch_impl.h"

static int height(const struct __tnode *n)
{
	return n ? n->height : 0;
}

static void update(struct __tnode *n)
{
	int l = height(n->child[0]), r = height(n->child[1]);
	n->height = 1 + (l > r ? l : r);
}

/* Turns *p so that its child on side d becomes the root of the subtree. */
static void rotate(struct __tnode **p, int d)
{
	struct __tnode *n = *p, *c = n->child[d];
	n->child[d] = c->child[!d];
	c->child[!d] = n;
	update(n);
	update(c);
	*p = c;
}

void __tbalance(struct __tnode **p)
{
	struct __tnode *n = *p;
	int diff = height(n->child[1]) - height(n->child[0]);

	if (diff > 1 || diff < -1) {
		int d = diff > 0;
		struct __tnode *c = n->child[d];
		if (height(c->child[!d]) > height(c->child[d]))
			rotate(&n->child[d], !d);
		rotate(p, d);
	} else {
		update(n);
	}
}
