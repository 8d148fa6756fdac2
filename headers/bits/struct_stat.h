#ifndef _BITS_STRUCT_STAT_H
#define _BITS_STRUCT_STAT_H

#include <bits/blkcnt_t.h>
#include <bits/blksize_t.h>
#include <bits/dev_t.h>
#include <bits/gid_t.h>
#include <bits/ino_t.h>
#include <bits/mode_t.h>
#include <bits/nlink_t.h>
#include <bits/off_t.h>
#include <bits/struct_timespec.h>
#include <bits/uid_t.h>

/* WASI filestat fields, with room for the POSIX ones it lacks. */
struct stat {
	dev_t st_dev;
	ino_t st_ino;
	nlink_t st_nlink;
	mode_t st_mode;
	uid_t st_uid;
	gid_t st_gid;
	unsigned int __pad0;
	dev_t st_rdev;
	off_t st_size;
	blksize_t st_blksize;
	blkcnt_t st_blocks;
	struct timespec st_atim;
	struct timespec st_mtim;
	struct timespec st_ctim;
	long long __reserved[3];
};

#endif
