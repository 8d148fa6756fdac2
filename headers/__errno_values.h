#ifndef ___ERRNO_VALUES_H
#define ___ERRNO_VALUES_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <errno.h>

#endif
