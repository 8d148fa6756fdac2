#ifndef ___TYPEDEF_SIGSET_T_H
#define ___TYPEDEF_SIGSET_T_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <bits/sigset_t.h>

#endif
