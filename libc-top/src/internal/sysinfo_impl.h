#ifndef SYSINFO_IMPL_H
#define SYSINFO_IMPL_H

/* The fixed answers about a system that WASI preview 1 does not describe.
   uname, gethostname and getdomainname report these (docs/posix.md). */
#define SYS_NAME "wasi"
#define SYS_NODENAME "localhost"
#define SYS_RELEASE "preview1"
#define SYS_VERSION "wasi_snapshot_preview1"
#define SYS_MACHINE "wasm32"
#define SYS_DOMAINNAME ""

#include <stddef.h>
#include "libc.h"

/* Copy `s` into buf[len] for gethostname and getdomainname: ENAMETOOLONG
   when the name and its NUL do not fit. */
hidden int __copy_name(char *buf, size_t len, const char *s);

#endif
