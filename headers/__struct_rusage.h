#ifndef ___STRUCT_RUSAGE_H
#define ___STRUCT_RUSAGE_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <sys/resource.h>

#endif
