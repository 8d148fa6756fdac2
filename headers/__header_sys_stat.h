#ifndef ___HEADER_SYS_STAT_H
#define ___HEADER_SYS_STAT_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <sys/stat.h>

#endif
