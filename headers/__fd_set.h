#ifndef ___FD_SET_H
#define ___FD_SET_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <bits/fd_set.h>

#endif
