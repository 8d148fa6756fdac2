#ifndef ___HEADER_SYS_SOCKET_H
#define ___HEADER_SYS_SOCKET_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <sys/socket.h>

#endif
