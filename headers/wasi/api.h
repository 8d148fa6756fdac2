#ifndef _WASI_API_H
#define _WASI_API_H

/* The wasi_snapshot_preview1 interface: its types, constants and
   functions, as the library wraps them (each __wasi_* function calls the
   import of the same name without the prefix). */

#include <stddef.h>
#include <stdint.h>
#include <wasi/version.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned long __wasi_size_t;
typedef uint64_t __wasi_filesize_t;
typedef uint64_t __wasi_timestamp_t;
typedef uint32_t __wasi_clockid_t;
typedef uint16_t __wasi_errno_t;
typedef uint64_t __wasi_rights_t;
typedef int __wasi_fd_t;
typedef struct __wasi_iovec_t {
	uint8_t *buf;
	__wasi_size_t buf_len;
} __wasi_iovec_t;

typedef struct __wasi_ciovec_t {
	const uint8_t *buf;
	__wasi_size_t buf_len;
} __wasi_ciovec_t;

typedef int64_t __wasi_filedelta_t;
typedef uint8_t __wasi_whence_t;
typedef uint64_t __wasi_dircookie_t;
typedef uint32_t __wasi_dirnamlen_t;
typedef uint64_t __wasi_inode_t;
typedef uint8_t __wasi_filetype_t;
typedef struct __wasi_dirent_t {
	__wasi_dircookie_t d_next;
	__wasi_inode_t d_ino;
	__wasi_dirnamlen_t d_namlen;
	__wasi_filetype_t d_type;
} __wasi_dirent_t;

typedef uint8_t __wasi_advice_t;
typedef uint16_t __wasi_fdflags_t;
typedef struct __wasi_fdstat_t {
	__wasi_filetype_t fs_filetype;
	__wasi_fdflags_t fs_flags;
	__wasi_rights_t fs_rights_base;
	__wasi_rights_t fs_rights_inheriting;
} __wasi_fdstat_t;

typedef uint64_t __wasi_device_t;
typedef uint16_t __wasi_fstflags_t;
typedef uint32_t __wasi_lookupflags_t;
typedef uint16_t __wasi_oflags_t;
typedef uint64_t __wasi_linkcount_t;
typedef struct __wasi_filestat_t {
	__wasi_device_t dev;
	__wasi_inode_t ino;
	__wasi_filetype_t filetype;
	__wasi_linkcount_t nlink;
	__wasi_filesize_t size;
	__wasi_timestamp_t atim;
	__wasi_timestamp_t mtim;
	__wasi_timestamp_t ctim;
} __wasi_filestat_t;

typedef uint64_t __wasi_userdata_t;
typedef uint8_t __wasi_eventtype_t;
typedef uint16_t __wasi_eventrwflags_t;
typedef struct __wasi_event_fd_readwrite_t {
	__wasi_filesize_t nbytes;
	__wasi_eventrwflags_t flags;
} __wasi_event_fd_readwrite_t;

typedef struct __wasi_event_t {
	__wasi_userdata_t userdata;
	__wasi_errno_t error;
	__wasi_eventtype_t type;
	__wasi_event_fd_readwrite_t fd_readwrite;
} __wasi_event_t;

typedef uint16_t __wasi_subclockflags_t;
typedef struct __wasi_subscription_clock_t {
	__wasi_clockid_t id;
	__wasi_timestamp_t timeout;
	__wasi_timestamp_t precision;
	__wasi_subclockflags_t flags;
} __wasi_subscription_clock_t;

typedef struct __wasi_subscription_fd_readwrite_t {
	__wasi_fd_t file_descriptor;
} __wasi_subscription_fd_readwrite_t;

typedef union __wasi_subscription_u_u_t {
	__wasi_subscription_clock_t clock;
	__wasi_subscription_fd_readwrite_t fd_read;
	__wasi_subscription_fd_readwrite_t fd_write;
} __wasi_subscription_u_u_t;

typedef struct __wasi_subscription_u_t {
	uint8_t tag;
	__wasi_subscription_u_u_t u;
} __wasi_subscription_u_t;

typedef struct __wasi_subscription_t {
	__wasi_userdata_t userdata;
	__wasi_subscription_u_t u;
} __wasi_subscription_t;

typedef uint32_t __wasi_exitcode_t;
typedef uint16_t __wasi_riflags_t;
typedef uint16_t __wasi_roflags_t;
typedef uint16_t __wasi_siflags_t;
typedef uint8_t __wasi_sdflags_t;
typedef uint8_t __wasi_preopentype_t;
typedef struct __wasi_prestat_dir_t {
	__wasi_size_t pr_name_len;
} __wasi_prestat_dir_t;

typedef union __wasi_prestat_u_t {
	__wasi_prestat_dir_t dir;
} __wasi_prestat_u_t;

typedef struct __wasi_prestat_t {
	uint8_t tag;
	__wasi_prestat_u_t u;
} __wasi_prestat_t;


#define __WASI_DIRCOOKIE_START (UINT64_C(0))
#define __WASI_CLOCKID_REALTIME (UINT32_C(0))
#define __WASI_CLOCKID_MONOTONIC (UINT32_C(1))
#define __WASI_CLOCKID_PROCESS_CPUTIME_ID (UINT32_C(2))
#define __WASI_CLOCKID_THREAD_CPUTIME_ID (UINT32_C(3))
#define __WASI_ERRNO_SUCCESS (UINT16_C(0))
#define __WASI_ERRNO_2BIG (UINT16_C(1))
#define __WASI_ERRNO_ACCES (UINT16_C(2))
#define __WASI_ERRNO_ADDRINUSE (UINT16_C(3))
#define __WASI_ERRNO_ADDRNOTAVAIL (UINT16_C(4))
#define __WASI_ERRNO_AFNOSUPPORT (UINT16_C(5))
#define __WASI_ERRNO_AGAIN (UINT16_C(6))
#define __WASI_ERRNO_ALREADY (UINT16_C(7))
#define __WASI_ERRNO_BADF (UINT16_C(8))
#define __WASI_ERRNO_BADMSG (UINT16_C(9))
#define __WASI_ERRNO_BUSY (UINT16_C(10))
#define __WASI_ERRNO_CANCELED (UINT16_C(11))
#define __WASI_ERRNO_CHILD (UINT16_C(12))
#define __WASI_ERRNO_CONNABORTED (UINT16_C(13))
#define __WASI_ERRNO_CONNREFUSED (UINT16_C(14))
#define __WASI_ERRNO_CONNRESET (UINT16_C(15))
#define __WASI_ERRNO_DEADLK (UINT16_C(16))
#define __WASI_ERRNO_DESTADDRREQ (UINT16_C(17))
#define __WASI_ERRNO_DOM (UINT16_C(18))
#define __WASI_ERRNO_DQUOT (UINT16_C(19))
#define __WASI_ERRNO_EXIST (UINT16_C(20))
#define __WASI_ERRNO_FAULT (UINT16_C(21))
#define __WASI_ERRNO_FBIG (UINT16_C(22))
#define __WASI_ERRNO_HOSTUNREACH (UINT16_C(23))
#define __WASI_ERRNO_IDRM (UINT16_C(24))
#define __WASI_ERRNO_ILSEQ (UINT16_C(25))
#define __WASI_ERRNO_INPROGRESS (UINT16_C(26))
#define __WASI_ERRNO_INTR (UINT16_C(27))
#define __WASI_ERRNO_INVAL (UINT16_C(28))
#define __WASI_ERRNO_IO (UINT16_C(29))
#define __WASI_ERRNO_ISCONN (UINT16_C(30))
#define __WASI_ERRNO_ISDIR (UINT16_C(31))
#define __WASI_ERRNO_LOOP (UINT16_C(32))
#define __WASI_ERRNO_MFILE (UINT16_C(33))
#define __WASI_ERRNO_MLINK (UINT16_C(34))
#define __WASI_ERRNO_MSGSIZE (UINT16_C(35))
#define __WASI_ERRNO_MULTIHOP (UINT16_C(36))
#define __WASI_ERRNO_NAMETOOLONG (UINT16_C(37))
#define __WASI_ERRNO_NETDOWN (UINT16_C(38))
#define __WASI_ERRNO_NETRESET (UINT16_C(39))
#define __WASI_ERRNO_NETUNREACH (UINT16_C(40))
#define __WASI_ERRNO_NFILE (UINT16_C(41))
#define __WASI_ERRNO_NOBUFS (UINT16_C(42))
#define __WASI_ERRNO_NODEV (UINT16_C(43))
#define __WASI_ERRNO_NOENT (UINT16_C(44))
#define __WASI_ERRNO_NOEXEC (UINT16_C(45))
#define __WASI_ERRNO_NOLCK (UINT16_C(46))
#define __WASI_ERRNO_NOLINK (UINT16_C(47))
#define __WASI_ERRNO_NOMEM (UINT16_C(48))
#define __WASI_ERRNO_NOMSG (UINT16_C(49))
#define __WASI_ERRNO_NOPROTOOPT (UINT16_C(50))
#define __WASI_ERRNO_NOSPC (UINT16_C(51))
#define __WASI_ERRNO_NOSYS (UINT16_C(52))
#define __WASI_ERRNO_NOTCONN (UINT16_C(53))
#define __WASI_ERRNO_NOTDIR (UINT16_C(54))
#define __WASI_ERRNO_NOTEMPTY (UINT16_C(55))
#define __WASI_ERRNO_NOTRECOVERABLE (UINT16_C(56))
#define __WASI_ERRNO_NOTSOCK (UINT16_C(57))
#define __WASI_ERRNO_NOTSUP (UINT16_C(58))
#define __WASI_ERRNO_NOTTY (UINT16_C(59))
#define __WASI_ERRNO_NXIO (UINT16_C(60))
#define __WASI_ERRNO_OVERFLOW (UINT16_C(61))
#define __WASI_ERRNO_OWNERDEAD (UINT16_C(62))
#define __WASI_ERRNO_PERM (UINT16_C(63))
#define __WASI_ERRNO_PIPE (UINT16_C(64))
#define __WASI_ERRNO_PROTO (UINT16_C(65))
#define __WASI_ERRNO_PROTONOSUPPORT (UINT16_C(66))
#define __WASI_ERRNO_PROTOTYPE (UINT16_C(67))
#define __WASI_ERRNO_RANGE (UINT16_C(68))
#define __WASI_ERRNO_ROFS (UINT16_C(69))
#define __WASI_ERRNO_SPIPE (UINT16_C(70))
#define __WASI_ERRNO_SRCH (UINT16_C(71))
#define __WASI_ERRNO_STALE (UINT16_C(72))
#define __WASI_ERRNO_TIMEDOUT (UINT16_C(73))
#define __WASI_ERRNO_TXTBSY (UINT16_C(74))
#define __WASI_ERRNO_XDEV (UINT16_C(75))
#define __WASI_ERRNO_NOTCAPABLE (UINT16_C(76))
#define __WASI_RIGHTS_FD_DATASYNC ((__wasi_rights_t)(1 << 0))
#define __WASI_RIGHTS_FD_READ ((__wasi_rights_t)(1 << 1))
#define __WASI_RIGHTS_FD_SEEK ((__wasi_rights_t)(1 << 2))
#define __WASI_RIGHTS_FD_FDSTAT_SET_FLAGS ((__wasi_rights_t)(1 << 3))
#define __WASI_RIGHTS_FD_SYNC ((__wasi_rights_t)(1 << 4))
#define __WASI_RIGHTS_FD_TELL ((__wasi_rights_t)(1 << 5))
#define __WASI_RIGHTS_FD_WRITE ((__wasi_rights_t)(1 << 6))
#define __WASI_RIGHTS_FD_ADVISE ((__wasi_rights_t)(1 << 7))
#define __WASI_RIGHTS_FD_ALLOCATE ((__wasi_rights_t)(1 << 8))
#define __WASI_RIGHTS_PATH_CREATE_DIRECTORY ((__wasi_rights_t)(1 << 9))
#define __WASI_RIGHTS_PATH_CREATE_FILE ((__wasi_rights_t)(1 << 10))
#define __WASI_RIGHTS_PATH_LINK_SOURCE ((__wasi_rights_t)(1 << 11))
#define __WASI_RIGHTS_PATH_LINK_TARGET ((__wasi_rights_t)(1 << 12))
#define __WASI_RIGHTS_PATH_OPEN ((__wasi_rights_t)(1 << 13))
#define __WASI_RIGHTS_FD_READDIR ((__wasi_rights_t)(1 << 14))
#define __WASI_RIGHTS_PATH_READLINK ((__wasi_rights_t)(1 << 15))
#define __WASI_RIGHTS_PATH_RENAME_SOURCE ((__wasi_rights_t)(1 << 16))
#define __WASI_RIGHTS_PATH_RENAME_TARGET ((__wasi_rights_t)(1 << 17))
#define __WASI_RIGHTS_PATH_FILESTAT_GET ((__wasi_rights_t)(1 << 18))
#define __WASI_RIGHTS_PATH_FILESTAT_SET_SIZE ((__wasi_rights_t)(1 << 19))
#define __WASI_RIGHTS_PATH_FILESTAT_SET_TIMES ((__wasi_rights_t)(1 << 20))
#define __WASI_RIGHTS_FD_FILESTAT_GET ((__wasi_rights_t)(1 << 21))
#define __WASI_RIGHTS_FD_FILESTAT_SET_SIZE ((__wasi_rights_t)(1 << 22))
#define __WASI_RIGHTS_FD_FILESTAT_SET_TIMES ((__wasi_rights_t)(1 << 23))
#define __WASI_RIGHTS_PATH_SYMLINK ((__wasi_rights_t)(1 << 24))
#define __WASI_RIGHTS_PATH_REMOVE_DIRECTORY ((__wasi_rights_t)(1 << 25))
#define __WASI_RIGHTS_PATH_UNLINK_FILE ((__wasi_rights_t)(1 << 26))
#define __WASI_RIGHTS_POLL_FD_READWRITE ((__wasi_rights_t)(1 << 27))
#define __WASI_RIGHTS_SOCK_SHUTDOWN ((__wasi_rights_t)(1 << 28))
#define __WASI_RIGHTS_SOCK_ACCEPT ((__wasi_rights_t)(1 << 29))
#define __WASI_WHENCE_SET (UINT8_C(0))
#define __WASI_WHENCE_CUR (UINT8_C(1))
#define __WASI_WHENCE_END (UINT8_C(2))
#define __WASI_FILETYPE_UNKNOWN (UINT8_C(0))
#define __WASI_FILETYPE_BLOCK_DEVICE (UINT8_C(1))
#define __WASI_FILETYPE_CHARACTER_DEVICE (UINT8_C(2))
#define __WASI_FILETYPE_DIRECTORY (UINT8_C(3))
#define __WASI_FILETYPE_REGULAR_FILE (UINT8_C(4))
#define __WASI_FILETYPE_SOCKET_DGRAM (UINT8_C(5))
#define __WASI_FILETYPE_SOCKET_STREAM (UINT8_C(6))
#define __WASI_FILETYPE_SYMBOLIC_LINK (UINT8_C(7))
#define __WASI_ADVICE_NORMAL (UINT8_C(0))
#define __WASI_ADVICE_SEQUENTIAL (UINT8_C(1))
#define __WASI_ADVICE_RANDOM (UINT8_C(2))
#define __WASI_ADVICE_WILLNEED (UINT8_C(3))
#define __WASI_ADVICE_DONTNEED (UINT8_C(4))
#define __WASI_ADVICE_NOREUSE (UINT8_C(5))
#define __WASI_FDFLAGS_APPEND ((__wasi_fdflags_t)(1 << 0))
#define __WASI_FDFLAGS_DSYNC ((__wasi_fdflags_t)(1 << 1))
#define __WASI_FDFLAGS_NONBLOCK ((__wasi_fdflags_t)(1 << 2))
#define __WASI_FDFLAGS_RSYNC ((__wasi_fdflags_t)(1 << 3))
#define __WASI_FDFLAGS_SYNC ((__wasi_fdflags_t)(1 << 4))
#define __WASI_FSTFLAGS_ATIM ((__wasi_fstflags_t)(1 << 0))
#define __WASI_FSTFLAGS_ATIM_NOW ((__wasi_fstflags_t)(1 << 1))
#define __WASI_FSTFLAGS_MTIM ((__wasi_fstflags_t)(1 << 2))
#define __WASI_FSTFLAGS_MTIM_NOW ((__wasi_fstflags_t)(1 << 3))
#define __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW ((__wasi_lookupflags_t)(1 << 0))
#define __WASI_OFLAGS_CREAT ((__wasi_oflags_t)(1 << 0))
#define __WASI_OFLAGS_DIRECTORY ((__wasi_oflags_t)(1 << 1))
#define __WASI_OFLAGS_EXCL ((__wasi_oflags_t)(1 << 2))
#define __WASI_OFLAGS_TRUNC ((__wasi_oflags_t)(1 << 3))
#define __WASI_EVENTTYPE_CLOCK (UINT8_C(0))
#define __WASI_EVENTTYPE_FD_READ (UINT8_C(1))
#define __WASI_EVENTTYPE_FD_WRITE (UINT8_C(2))
#define __WASI_EVENTRWFLAGS_FD_READWRITE_HANGUP ((__wasi_eventrwflags_t)(1 << 0))
#define __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME ((__wasi_subclockflags_t)(1 << 0))
#define __WASI_RIFLAGS_RECV_PEEK ((__wasi_riflags_t)(1 << 0))
#define __WASI_RIFLAGS_RECV_WAITALL ((__wasi_riflags_t)(1 << 1))
#define __WASI_ROFLAGS_RECV_DATA_TRUNCATED ((__wasi_roflags_t)(1 << 0))
#define __WASI_SDFLAGS_RD ((__wasi_sdflags_t)(1 << 0))
#define __WASI_SDFLAGS_WR ((__wasi_sdflags_t)(1 << 1))
#define __WASI_PREOPENTYPE_DIR (UINT8_C(0))

__wasi_errno_t __wasi_args_get(uint8_t **, uint8_t *);
__wasi_errno_t __wasi_args_sizes_get(__wasi_size_t *, __wasi_size_t *);
__wasi_errno_t __wasi_environ_get(uint8_t **, uint8_t *);
__wasi_errno_t __wasi_environ_sizes_get(__wasi_size_t *, __wasi_size_t *);
__wasi_errno_t __wasi_clock_res_get(__wasi_clockid_t, __wasi_timestamp_t *);
__wasi_errno_t __wasi_clock_time_get(__wasi_clockid_t, __wasi_timestamp_t, __wasi_timestamp_t *);
__wasi_errno_t __wasi_fd_advise(__wasi_fd_t, __wasi_filesize_t, __wasi_filesize_t, __wasi_advice_t);
__wasi_errno_t __wasi_fd_allocate(__wasi_fd_t, __wasi_filesize_t, __wasi_filesize_t);
__wasi_errno_t __wasi_fd_close(__wasi_fd_t);
__wasi_errno_t __wasi_fd_datasync(__wasi_fd_t);
__wasi_errno_t __wasi_fd_fdstat_get(__wasi_fd_t, __wasi_fdstat_t *);
__wasi_errno_t __wasi_fd_fdstat_set_flags(__wasi_fd_t, __wasi_fdflags_t);
__wasi_errno_t __wasi_fd_fdstat_set_rights(__wasi_fd_t, __wasi_rights_t, __wasi_rights_t);
__wasi_errno_t __wasi_fd_filestat_get(__wasi_fd_t, __wasi_filestat_t *);
__wasi_errno_t __wasi_fd_filestat_set_size(__wasi_fd_t, __wasi_filesize_t);
__wasi_errno_t __wasi_fd_filestat_set_times(__wasi_fd_t, __wasi_timestamp_t, __wasi_timestamp_t, __wasi_fstflags_t);
__wasi_errno_t __wasi_fd_pread(__wasi_fd_t, const __wasi_iovec_t *, size_t, __wasi_filesize_t, __wasi_size_t *);
__wasi_errno_t __wasi_fd_prestat_get(__wasi_fd_t, __wasi_prestat_t *);
__wasi_errno_t __wasi_fd_prestat_dir_name(__wasi_fd_t, uint8_t *, __wasi_size_t);
__wasi_errno_t __wasi_fd_pwrite(__wasi_fd_t, const __wasi_ciovec_t *, size_t, __wasi_filesize_t, __wasi_size_t *);
__wasi_errno_t __wasi_fd_read(__wasi_fd_t, const __wasi_iovec_t *, size_t, __wasi_size_t *);
__wasi_errno_t __wasi_fd_readdir(__wasi_fd_t, uint8_t *, __wasi_size_t, __wasi_dircookie_t, __wasi_size_t *);
__wasi_errno_t __wasi_fd_renumber(__wasi_fd_t, __wasi_fd_t);
__wasi_errno_t __wasi_fd_seek(__wasi_fd_t, __wasi_filedelta_t, __wasi_whence_t, __wasi_filesize_t *);
__wasi_errno_t __wasi_fd_sync(__wasi_fd_t);
__wasi_errno_t __wasi_fd_tell(__wasi_fd_t, __wasi_filesize_t *);
__wasi_errno_t __wasi_fd_write(__wasi_fd_t, const __wasi_ciovec_t *, size_t, __wasi_size_t *);
__wasi_errno_t __wasi_path_create_directory(__wasi_fd_t, const char *);
__wasi_errno_t __wasi_path_filestat_get(__wasi_fd_t, __wasi_lookupflags_t, const char *, __wasi_filestat_t *);
__wasi_errno_t __wasi_path_filestat_set_times(__wasi_fd_t, __wasi_lookupflags_t, const char *, __wasi_timestamp_t, __wasi_timestamp_t, __wasi_fstflags_t);
__wasi_errno_t __wasi_path_link(__wasi_fd_t, __wasi_lookupflags_t, const char *, __wasi_fd_t, const char *);
__wasi_errno_t __wasi_path_open(__wasi_fd_t, __wasi_lookupflags_t, const char *, __wasi_oflags_t, __wasi_rights_t, __wasi_rights_t, __wasi_fdflags_t, __wasi_fd_t *);
__wasi_errno_t __wasi_path_readlink(__wasi_fd_t, const char *, uint8_t *, __wasi_size_t, __wasi_size_t *);
__wasi_errno_t __wasi_path_remove_directory(__wasi_fd_t, const char *);
__wasi_errno_t __wasi_path_rename(__wasi_fd_t, const char *, __wasi_fd_t, const char *);
__wasi_errno_t __wasi_path_symlink(const char *, __wasi_fd_t, const char *);
__wasi_errno_t __wasi_path_unlink_file(__wasi_fd_t, const char *);
__wasi_errno_t __wasi_poll_oneoff(const __wasi_subscription_t *, __wasi_event_t *, __wasi_size_t, __wasi_size_t *);
void __wasi_proc_exit(__wasi_exitcode_t) __attribute__((__noreturn__));
__wasi_errno_t __wasi_sched_yield(void);
__wasi_errno_t __wasi_random_get(uint8_t *, __wasi_size_t);
__wasi_errno_t __wasi_sock_accept(__wasi_fd_t, __wasi_fdflags_t, __wasi_fd_t *);
__wasi_errno_t __wasi_sock_recv(__wasi_fd_t, const __wasi_iovec_t *, size_t, __wasi_riflags_t, __wasi_size_t *, __wasi_roflags_t *);
__wasi_errno_t __wasi_sock_send(__wasi_fd_t, const __wasi_ciovec_t *, size_t, __wasi_siflags_t, __wasi_size_t *);
__wasi_errno_t __wasi_sock_shutdown(__wasi_fd_t, __wasi_sdflags_t);

#ifdef __cplusplus
}
#endif

#endif
