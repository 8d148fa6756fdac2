#ifndef ___STRUCT_SOCKADDR_STORAGE_H
#define ___STRUCT_SOCKADDR_STORAGE_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <bits/struct_sockaddr_storage.h>

#endif
