#ifndef WASI_IMPL_H
#define WASI_IMPL_H

#include "libc.h"

/* The __wasilibc_nocwd_* functions take a directory descriptor that is
   already resolved: AT_FDCWD, the one thing they leave out, is EBADF.
   Returns 0 when `fd` may be used, else -1 with errno set. */
hidden int __nocwd_dirfd(int fd);

#endif
