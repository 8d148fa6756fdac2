#ifndef ___HEADER_NETINET_IN_H
#define ___HEADER_NETINET_IN_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <netinet/in.h>

#endif
