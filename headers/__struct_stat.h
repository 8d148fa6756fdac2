#ifndef ___STRUCT_STAT_H
#define ___STRUCT_STAT_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <bits/struct_stat.h>

#endif
