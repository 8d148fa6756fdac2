#ifndef TSEARCH_IMPL_H
#define TSEARCH_IMPL_H

#include "libc.h"

/* A node of the trees tsearch builds, balanced as an AVL tree. The key
   comes first: POSIX lets callers read it through the returned pointer. */
struct __tnode {
	const void *key;
	struct __tnode *child[2];
	int height;
};

/* Restores the AVL balance of *p, whose subtrees are balanced and differ
   in height by at most two, and updates its height. */
hidden void __tbalance(struct __tnode **p);

#endif
