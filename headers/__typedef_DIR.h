#ifndef ___TYPEDEF_DIR_H
#define ___TYPEDEF_DIR_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <bits/DIR.h>

#endif
