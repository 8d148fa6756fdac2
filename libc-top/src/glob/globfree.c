#include <glob.h>
#include <stdlib.h>
#include "libc.h"

void globfree(glob_t *g)
{
	if (g->gl_pathv) {
		for (size_t i = 0; i < g->gl_pathc; i++)
			free(g->gl_pathv[g->gl_offs + i]);
		free(g->gl_pathv);
	}
	g->gl_pathc = 0;
	g->gl_pathv = NULL;
}

#undef globfree64
weak_alias(globfree, globfree64);
