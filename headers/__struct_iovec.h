#ifndef ___STRUCT_IOVEC_H
#define ___STRUCT_IOVEC_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <bits/struct_iovec.h>

#endif
