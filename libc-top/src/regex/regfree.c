#include <stdlib.h>
#include "regex_impl.h"

void regfree(regex_t *re)
{
	struct __re_prog *pr = re->__opaque;

	if (!pr)
		return;
	for (int i = 0; i < pr->nsets; i++)
		free(pr->sets[i].ranges);
	free(pr->sets);
	free(pr->inst);
	free(pr);
	re->__opaque = NULL;
}
