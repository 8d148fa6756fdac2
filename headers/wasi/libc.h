#ifndef _WASI_LIBC_H
#define _WASI_LIBC_H

/* Functions particular to this libc on WASI: preopened directories, and
   path operations that take flags the POSIX ones cannot carry. */

#include <bits/struct_stat.h>
#include <bits/struct_timespec.h>

#ifdef __cplusplus
extern "C" {
#endif

int __wasilibc_register_preopened_fd(int, const char *);
int __wasilibc_fd_renumber(int, int);
int __wasilibc_unlinkat(int, const char *);
int __wasilibc_rmdirat(int, const char *);
int __wasilibc_open_nomode(const char *, int);
int __wasilibc_openat_nomode(int, const char *, int);
int __wasilibc_access(const char *, int, int);
int __wasilibc_stat(const char *__restrict, struct stat *__restrict, int);
int __wasilibc_utimens(const char *, const struct timespec *, int);
int __wasilibc_link(const char *, const char *, int);
int __wasilibc_link_oldat(int, const char *, const char *, int);
int __wasilibc_link_newat(const char *, int, const char *, int);
int __wasilibc_rename_oldat(int, const char *, const char *);
int __wasilibc_rename_newat(const char *, int, const char *);

#ifdef __cplusplus
}
#endif

#endif
