#ifndef ___HEADER_STDLIB_H
#define ___HEADER_STDLIB_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <stdlib.h>

#endif
