#ifndef ___HEADER_DIRENT_H
#define ___HEADER_DIRENT_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <dirent.h>

#endif
