#ifndef ___HEADER_FCNTL_H
#define ___HEADER_FCNTL_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <fcntl.h>

#endif
