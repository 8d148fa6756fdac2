#ifndef ___HEADER_UNISTD_H
#define ___HEADER_UNISTD_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <unistd.h>

#endif
