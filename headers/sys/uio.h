#ifndef _SYS_UIO_H
#define _SYS_UIO_H

#include <features.h>
#include <bits/off_t.h>
#include <bits/size_t.h>
#include <bits/ssize_t.h>
#include <bits/struct_iovec.h>

#if defined(__LIBC_GNU)
#include <bits/pid_t.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__LIBC_BSD)
#define UIO_MAXIOV 1024
#endif

ssize_t readv(int, const struct iovec *, int);
ssize_t writev(int, const struct iovec *, int);

#if defined(__LIBC_BSD)
ssize_t preadv(int, const struct iovec *, int, off_t);
ssize_t pwritev(int, const struct iovec *, int, off_t);
#endif

#if defined(__LIBC_GNU)
ssize_t process_vm_writev(pid_t, const struct iovec *, unsigned long, const struct iovec *, unsigned long, unsigned long);
ssize_t process_vm_readv(pid_t, const struct iovec *, unsigned long, const struct iovec *, unsigned long, unsigned long);
#endif

#ifdef __cplusplus
}
#endif

#endif
