#include <stdlib.h>

#include "stdlib_impl.h"

/* The comparison travels as qsort_r's argument, inside a struct since a
   function pointer cannot portably pass as a void *. */
struct by {
	int (*cmp)(const void *, const void *);
};

static int call(const void *a, const void *b, void *by)
{
	return ((struct by *)by)->cmp(a, b);
}

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	struct by by = { cmp };

	__qsort_r(base, n, size, call, &by);
}
