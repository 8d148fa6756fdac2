#ifndef _WASI_LIBC_NOCWD_H
#define _WASI_LIBC_NOCWD_H

/* The *at() functions without the current-directory emulation: the
   directory descriptor is used as WASI gives it. */

#include <bits/DIR.h>
#include <bits/size_t.h>
#include <bits/ssize_t.h>
#include <bits/struct_dirent.h>
#include <bits/struct_stat.h>
#include <bits/struct_timespec.h>

#ifdef __cplusplus
extern "C" {
#endif

int __wasilibc_nocwd___wasilibc_unlinkat(int, const char *);
int __wasilibc_nocwd___wasilibc_rmdirat(int, const char *);
int __wasilibc_nocwd_linkat(int, const char *, int, const char *, int);
int __wasilibc_nocwd_symlinkat(const char *, int, const char *);
ssize_t __wasilibc_nocwd_readlinkat(int, const char *__restrict, char *__restrict, size_t);
int __wasilibc_nocwd_faccessat(int, const char *, int, int);
int __wasilibc_nocwd_renameat(int, const char *, int, const char *);
int __wasilibc_nocwd_openat_nomode(int, const char *, int);
int __wasilibc_nocwd_fstatat(int, const char *__restrict, struct stat *__restrict, int);
int __wasilibc_nocwd_mkdirat_nomode(int, const char *);
int __wasilibc_nocwd_utimensat(int, const char *, const struct timespec *, int);
DIR *__wasilibc_nocwd_opendirat(int, const char *);
int __wasilibc_nocwd_scandirat(int, const char *, struct dirent ***, int (*)(const struct dirent *),
	int (*)(const struct dirent **, const struct dirent **));

#ifdef __cplusplus
}
#endif

#endif
