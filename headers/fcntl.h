#ifndef _FCNTL_H
#define _FCNTL_H

#include <features.h>
#include <bits/at_flags.h>
#include <bits/mode_bits.h>
#include <bits/mode_t.h>
#include <bits/off_t.h>
#include <bits/pid_t.h>
#include <bits/seek.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The low bits are WASI's fdflags, the next ones WASI's oflags shifted
   by 12, so that open() can pass both on without translating. The access
   modes are bits of their own: WASI grants rights, and a descriptor can
   be opened for searching or executing only. */
#define O_APPEND 0x0001
#define O_DSYNC 0x0002
#define O_NONBLOCK 0x0004
#define O_RSYNC 0x0008
#define O_SYNC 0x0010
#define O_CREAT (0x0001 << 12)
#define O_DIRECTORY (0x0002 << 12)
#define O_EXCL (0x0004 << 12)
#define O_TRUNC (0x0008 << 12)
#define O_NOFOLLOW 0x01000000
#define O_EXEC 0x02000000
#define O_RDONLY 0x04000000
#define O_SEARCH 0x08000000
#define O_WRONLY 0x10000000
#define O_RDWR (O_RDONLY | O_WRONLY)
#define O_ACCMODE (O_EXEC | O_RDWR | O_SEARCH)
/* Meaningless under WASI: no exec, no controlling terminal. */
#define O_CLOEXEC 0
#define O_NOCTTY 0
#define O_TTY_INIT 0

#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
#define F_DUPFD 5
#define F_DUPFD_CLOEXEC 6
#define F_GETLK 7
#define F_SETLK 8
#define F_SETLKW 9
#define FD_CLOEXEC 1

#define F_RDLCK 0
#define F_WRLCK 1
#define F_UNLCK 2

/* Equal to WASI's advice values. */
#define POSIX_FADV_NORMAL 0
#define POSIX_FADV_SEQUENTIAL 1
#define POSIX_FADV_RANDOM 2
#define POSIX_FADV_WILLNEED 3
#define POSIX_FADV_DONTNEED 4
#define POSIX_FADV_NOREUSE 5

struct flock {
	short l_type;
	short l_whence;
	off_t l_start;
	off_t l_len;
	pid_t l_pid;
};

int creat(const char *, mode_t);
int fcntl(int, int, ...);
int open(const char *, int, ...);
int openat(int, const char *, int, ...);
int posix_fadvise(int, off_t, off_t, int);
int posix_fallocate(int, off_t, off_t);

#ifdef __cplusplus
}
#endif

#endif
