#ifndef ___STRUCT_MSGHDR_H
#define ___STRUCT_MSGHDR_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <sys/socket.h>

#endif
