#ifndef ___STRUCT_TMS_H
#define ___STRUCT_TMS_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <sys/times.h>

#endif
