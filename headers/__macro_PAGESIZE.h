#ifndef ___MACRO_PAGESIZE_H
#define ___MACRO_PAGESIZE_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <bits/PAGESIZE.h>

#endif
