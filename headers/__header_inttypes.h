#ifndef ___HEADER_INTTYPES_H
#define ___HEADER_INTTYPES_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <inttypes.h>

#endif
