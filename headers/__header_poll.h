#ifndef ___HEADER_POLL_H
#define ___HEADER_POLL_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <poll.h>

#endif
