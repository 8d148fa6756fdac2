#ifndef ___SEEK_H
#define ___SEEK_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <bits/seek.h>

#endif
