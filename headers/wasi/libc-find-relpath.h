#ifndef _WASI_LIBC_FIND_RELPATH_H
#define _WASI_LIBC_FIND_RELPATH_H

/* Resolve a path to a preopened directory and a path relative to it. */

#include <bits/size_t.h>

#ifdef __cplusplus
extern "C" {
#endif

int __wasilibc_find_relpath(const char *, const char **__restrict, char **, size_t);
int __wasilibc_find_abspath(const char *, const char **__restrict, const char **__restrict);
int __wasilibc_find_relpath_alloc(const char *, const char **, char **, size_t *, int);

#ifdef __cplusplus
}
#endif

#endif
