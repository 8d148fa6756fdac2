#ifndef ___STRUCT_SOCKADDR_H
#define ___STRUCT_SOCKADDR_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <bits/struct_sockaddr.h>

#endif
