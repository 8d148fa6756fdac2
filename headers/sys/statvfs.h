#ifndef _SYS_STATVFS_H
#define _SYS_STATVFS_H

#include <bits/fsblkcnt_t.h>
#include <bits/fsfilcnt_t.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Not in the installed reference headers, so not checked by abi-check:
   the layout of musl's 32-bit little-endian targets, which the current
   wasi-libc takes. */
struct statvfs {
	unsigned long f_bsize;
	unsigned long f_frsize;
	fsblkcnt_t f_blocks;
	fsblkcnt_t f_bfree;
	fsblkcnt_t f_bavail;
	fsfilcnt_t f_files;
	fsfilcnt_t f_ffree;
	fsfilcnt_t f_favail;
	unsigned long f_fsid;
	unsigned :32;
	unsigned long f_flag;
	unsigned long f_namemax;
	unsigned f_type;
	int __reserved[5];
};

#define ST_RDONLY 1
#define ST_NOSUID 2
#define ST_NODEV 4
#define ST_NOEXEC 8
#define ST_SYNCHRONOUS 16
#define ST_MANDLOCK 64
#define ST_WRITE 128
#define ST_APPEND 256
#define ST_IMMUTABLE 512
#define ST_NOATIME 1024
#define ST_NODIRATIME 2048
#define ST_RELATIME 4096

int statvfs(const char *__restrict, struct statvfs *__restrict);
int fstatvfs(int, struct statvfs *);

#ifdef __cplusplus
}
#endif

#endif
