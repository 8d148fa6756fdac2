#include <search.h>
#include <stdlib.h>
#include "tsearch_impl.h"

void tdestroy(void *root, void (*free_key)(void *))
{
	struct __tnode *n = root;

	if (!n)
		return;
	tdestroy(n->child[0], free_key);
	tdestroy(n->child[1], free_key);
	if (free_key)
		free_key((void *)n->key);
	free(n);
}
