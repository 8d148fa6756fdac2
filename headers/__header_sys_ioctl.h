#ifndef ___HEADER_SYS_IOCTL_H
#define ___HEADER_SYS_IOCTL_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <sys/ioctl.h>

#endif
