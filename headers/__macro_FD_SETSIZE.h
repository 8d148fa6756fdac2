#ifndef ___MACRO_FD_SETSIZE_H
#define ___MACRO_FD_SETSIZE_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <bits/fd_set.h>

#endif
