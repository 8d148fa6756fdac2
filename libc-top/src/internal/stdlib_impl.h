#ifndef STDLIB_IMPL_H
#define STDLIB_IMPL_H

#include <stddef.h>

/* qsort_r under its reserved name (wasi-libc's too), for qsort: a C
   program may define its own qsort_r. */
void __qsort_r(void *, size_t, size_t,
	int (*)(const void *, const void *, void *), void *);

#endif
