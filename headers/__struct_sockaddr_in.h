#ifndef ___STRUCT_SOCKADDR_IN_H
#define ___STRUCT_SOCKADDR_IN_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <netinet/in.h>

#endif
