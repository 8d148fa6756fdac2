#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <bits/blkcnt_t.h>
#include <bits/blksize_t.h>
#include <bits/clock_t.h>
#include <bits/dev_t.h>
#include <bits/gid_t.h>
#include <bits/id_t.h>
#include <bits/ino_t.h>
#include <bits/mode_t.h>
#include <bits/nlink_t.h>
#include <bits/off_t.h>
#include <bits/pid_t.h>
#include <bits/size_t.h>
#include <bits/ssize_t.h>
#include <bits/suseconds_t.h>
#include <bits/time_t.h>
#include <bits/uid_t.h>
#include <bits/useconds_t.h>
#include <features.h>

#if defined(__LIBC_POSIX)
#include <bits/clockid_t.h>
#include <bits/fsblkcnt_t.h>
#include <bits/fsfilcnt_t.h>
#include <bits/key_t.h>
#include <bits/timer_t.h>
#include <bits/pthread_attr_t.h>
#include <bits/pthread_barrier_t.h>
#include <bits/pthread_barrierattr_t.h>
#include <bits/pthread_cond_t.h>
#include <bits/pthread_condattr_t.h>
#include <bits/pthread_key_t.h>
#include <bits/pthread_mutex_t.h>
#include <bits/pthread_mutexattr_t.h>
#include <bits/pthread_once_t.h>
#include <bits/pthread_rwlock_t.h>
#include <bits/pthread_rwlockattr_t.h>
#include <bits/pthread_spinlock_t.h>
#include <bits/pthread_t.h>
#endif

#if defined(__LIBC_BSD)
#include <bits/register_t.h>
#include <stdint.h>

typedef unsigned char u_int8_t;
typedef unsigned short u_int16_t;
typedef unsigned u_int32_t;
typedef unsigned long long u_int64_t;
typedef char *caddr_t;
typedef unsigned char u_char;
typedef unsigned short u_short, ushort;
typedef unsigned u_int, uint;
typedef unsigned long u_long, ulong;
typedef long long quad_t;
typedef unsigned long long u_quad_t;
#endif

#endif
