#ifndef ___TYPEDEF_NFDS_T_H
#define ___TYPEDEF_NFDS_T_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <bits/nfds_t.h>

#endif
