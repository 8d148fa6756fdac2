#ifndef ___STRUCT_TIMESPEC_H
#define ___STRUCT_TIMESPEC_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <bits/struct_timespec.h>

#endif
