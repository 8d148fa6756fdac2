#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <features.h>
#include <bits/at_flags.h>
#include <bits/mode_bits.h>
#include <bits/struct_stat.h>
#include <bits/time_t.h>

#ifdef __cplusplus
extern "C" {
#endif

#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec

#define UTIME_NOW (-1)
#define UTIME_OMIT (-2)

#if defined(__LIBC_BSD)
#define S_IREAD S_IRUSR
#define S_IWRITE S_IWUSR
#define S_IEXEC S_IXUSR
#endif

int stat(const char *__restrict, struct stat *__restrict);
int fstat(int, struct stat *);
int lstat(const char *__restrict, struct stat *__restrict);
int fstatat(int, const char *__restrict, struct stat *__restrict, int);
int mkdir(const char *, mode_t);
int mkdirat(int, const char *, mode_t);
int futimens(int, const struct timespec *);
int utimensat(int, const char *, const struct timespec *, int);

/* Beyond wasi-libc: WASI has no permission bits, so these succeed where
   the mode asked for is the one stat reports, and fail with ENOTSUP
   otherwise; umask is kept but changes nothing. */
int chmod(const char *, mode_t);
int fchmod(int, mode_t);
int fchmodat(int, const char *, mode_t, int);
mode_t umask(mode_t);

#ifdef __cplusplus
}
#endif

#endif
