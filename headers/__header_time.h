#ifndef ___HEADER_TIME_H
#define ___HEADER_TIME_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <time.h>

#endif
