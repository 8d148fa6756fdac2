#ifndef RESERVED_H
#define RESERVED_H

/* The bottom half's functions under names reserved to the implementation.
   A program may define its own `write`, `unlink` or `clock_gettime`: C
   gives it every name the C standard does not use, and the bottom half's
   POSIX functions are weak so that the program's win. The C functions of
   the top half (and whatever they reach) must therefore call these names
   instead; `cargo xtask test` checks it (xtask/src/test/namespace.rs). */

#include <stddef.h>
#include <sys/types.h>

struct stat;
struct timespec;

int __libc_openat(int, const char *, int); /* the mode is unused on WASI */
ssize_t __libc_read(int, void *, size_t);
ssize_t __libc_write(int, const void *, size_t);
int __libc_close(int);
off_t __libc_lseek(int, off_t, int);
int __libc_unlink(const char *);
int __libc_rmdir(const char *);
int __libc_lstat(const char *, struct stat *);

/* These two are also wasi-libc's names. */
int __clock_gettime(clockid_t, struct timespec *);
int __getentropy(void *, size_t);

#endif
