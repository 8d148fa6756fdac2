#ifndef ___HEADER_STRING_H
#define ___HEADER_STRING_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <string.h>

#endif
