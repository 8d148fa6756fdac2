#ifndef ___FUNCTIONS_MALLOC_H
#define ___FUNCTIONS_MALLOC_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <malloc.h>

#endif
