#ifndef ___TYPEDEF_INO_T_H
#define ___TYPEDEF_INO_T_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <bits/ino_t.h>

#endif
