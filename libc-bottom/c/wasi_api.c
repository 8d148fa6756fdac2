/*
 * The __wasi_* functions of <wasi/api.h>: each calls the
 * wasi_snapshot_preview1 import of the same name and returns its errno,
 * on raw WASI descriptors, with nothing translated.
 *
 * This is C rather than Rust because the prototypes are the header's: this
 * file includes <wasi/api.h>, so any drift between a definition and the
 * declaration a program compiles against is a compile error, which a Rust
 * restatement of 45 signatures could not promise. The imports are declared
 * with the lowered types of the preview 1 ABI (i32, i64, pointers); string
 * arguments travel as pointer and length, so the length is taken here.
 *
 * wasm-ld drops every function a program does not reach, and with it the
 * import it called, so linking this object costs only what is used.
 */

#include <stdint.h>
#include <string.h>
#include <wasi/api.h>

#define IMPORT(name) \
	__attribute__((__import_module__("wasi_snapshot_preview1"), \
		       __import_name__(#name), __visibility__("hidden")))

IMPORT(args_get) int32_t __wasi_import_args_get(uint8_t **, uint8_t *);
IMPORT(args_sizes_get) int32_t __wasi_import_args_sizes_get(__wasi_size_t *, __wasi_size_t *);
IMPORT(environ_get) int32_t __wasi_import_environ_get(uint8_t **, uint8_t *);
IMPORT(environ_sizes_get) int32_t __wasi_import_environ_sizes_get(__wasi_size_t *, __wasi_size_t *);
IMPORT(clock_res_get) int32_t __wasi_import_clock_res_get(int32_t, __wasi_timestamp_t *);
IMPORT(clock_time_get) int32_t __wasi_import_clock_time_get(int32_t, int64_t, __wasi_timestamp_t *);
IMPORT(fd_advise) int32_t __wasi_import_fd_advise(int32_t, int64_t, int64_t, int32_t);
IMPORT(fd_allocate) int32_t __wasi_import_fd_allocate(int32_t, int64_t, int64_t);
IMPORT(fd_close) int32_t __wasi_import_fd_close(int32_t);
IMPORT(fd_datasync) int32_t __wasi_import_fd_datasync(int32_t);
IMPORT(fd_fdstat_get) int32_t __wasi_import_fd_fdstat_get(int32_t, __wasi_fdstat_t *);
IMPORT(fd_fdstat_set_flags) int32_t __wasi_import_fd_fdstat_set_flags(int32_t, int32_t);
IMPORT(fd_fdstat_set_rights) int32_t __wasi_import_fd_fdstat_set_rights(int32_t, int64_t, int64_t);
IMPORT(fd_filestat_get) int32_t __wasi_import_fd_filestat_get(int32_t, __wasi_filestat_t *);
IMPORT(fd_filestat_set_size) int32_t __wasi_import_fd_filestat_set_size(int32_t, int64_t);
IMPORT(fd_filestat_set_times) int32_t __wasi_import_fd_filestat_set_times(int32_t, int64_t, int64_t, int32_t);
IMPORT(fd_pread) int32_t __wasi_import_fd_pread(int32_t, const __wasi_iovec_t *, size_t, int64_t, __wasi_size_t *);
IMPORT(fd_prestat_get) int32_t __wasi_import_fd_prestat_get(int32_t, __wasi_prestat_t *);
IMPORT(fd_prestat_dir_name) int32_t __wasi_import_fd_prestat_dir_name(int32_t, uint8_t *, __wasi_size_t);
IMPORT(fd_pwrite) int32_t __wasi_import_fd_pwrite(int32_t, const __wasi_ciovec_t *, size_t, int64_t, __wasi_size_t *);
IMPORT(fd_read) int32_t __wasi_import_fd_read(int32_t, const __wasi_iovec_t *, size_t, __wasi_size_t *);
IMPORT(fd_readdir) int32_t __wasi_import_fd_readdir(int32_t, uint8_t *, __wasi_size_t, int64_t, __wasi_size_t *);
IMPORT(fd_renumber) int32_t __wasi_import_fd_renumber(int32_t, int32_t);
IMPORT(fd_seek) int32_t __wasi_import_fd_seek(int32_t, int64_t, int32_t, __wasi_filesize_t *);
IMPORT(fd_sync) int32_t __wasi_import_fd_sync(int32_t);
IMPORT(fd_tell) int32_t __wasi_import_fd_tell(int32_t, __wasi_filesize_t *);
IMPORT(fd_write) int32_t __wasi_import_fd_write(int32_t, const __wasi_ciovec_t *, size_t, __wasi_size_t *);
IMPORT(path_create_directory) int32_t __wasi_import_path_create_directory(int32_t, const char *, size_t);
IMPORT(path_filestat_get) int32_t __wasi_import_path_filestat_get(int32_t, int32_t, const char *, size_t, __wasi_filestat_t *);
IMPORT(path_filestat_set_times) int32_t __wasi_import_path_filestat_set_times(int32_t, int32_t, const char *, size_t, int64_t, int64_t, int32_t);
IMPORT(path_link) int32_t __wasi_import_path_link(int32_t, int32_t, const char *, size_t, int32_t, const char *, size_t);
IMPORT(path_open) int32_t __wasi_import_path_open(int32_t, int32_t, const char *, size_t, int32_t, int64_t, int64_t, int32_t, __wasi_fd_t *);
IMPORT(path_readlink) int32_t __wasi_import_path_readlink(int32_t, const char *, size_t, uint8_t *, __wasi_size_t, __wasi_size_t *);
IMPORT(path_remove_directory) int32_t __wasi_import_path_remove_directory(int32_t, const char *, size_t);
IMPORT(path_rename) int32_t __wasi_import_path_rename(int32_t, const char *, size_t, int32_t, const char *, size_t);
IMPORT(path_symlink) int32_t __wasi_import_path_symlink(const char *, size_t, int32_t, const char *, size_t);
IMPORT(path_unlink_file) int32_t __wasi_import_path_unlink_file(int32_t, const char *, size_t);
IMPORT(poll_oneoff) int32_t __wasi_import_poll_oneoff(const __wasi_subscription_t *, __wasi_event_t *, __wasi_size_t, __wasi_size_t *);
IMPORT(proc_exit) _Noreturn void __wasi_import_proc_exit(int32_t);
IMPORT(sched_yield) int32_t __wasi_import_sched_yield(void);
IMPORT(random_get) int32_t __wasi_import_random_get(uint8_t *, __wasi_size_t);
IMPORT(sock_accept) int32_t __wasi_import_sock_accept(int32_t, int32_t, __wasi_fd_t *);
IMPORT(sock_recv) int32_t __wasi_import_sock_recv(int32_t, const __wasi_iovec_t *, size_t, int32_t, __wasi_size_t *, __wasi_roflags_t *);
IMPORT(sock_send) int32_t __wasi_import_sock_send(int32_t, const __wasi_ciovec_t *, size_t, int32_t, __wasi_size_t *);
IMPORT(sock_shutdown) int32_t __wasi_import_sock_shutdown(int32_t, int32_t);

/* An import's result is a WASI errno, which fits __wasi_errno_t. */
#define RET(call) return (__wasi_errno_t)(call)

__wasi_errno_t __wasi_args_get(uint8_t **argv, uint8_t *buf)
{
	RET(__wasi_import_args_get(argv, buf));
}

__wasi_errno_t __wasi_args_sizes_get(__wasi_size_t *argc, __wasi_size_t *size)
{
	RET(__wasi_import_args_sizes_get(argc, size));
}

__wasi_errno_t __wasi_environ_get(uint8_t **env, uint8_t *buf)
{
	RET(__wasi_import_environ_get(env, buf));
}

__wasi_errno_t __wasi_environ_sizes_get(__wasi_size_t *count, __wasi_size_t *size)
{
	RET(__wasi_import_environ_sizes_get(count, size));
}

__wasi_errno_t __wasi_clock_res_get(__wasi_clockid_t id, __wasi_timestamp_t *res)
{
	RET(__wasi_import_clock_res_get((int32_t)id, res));
}

__wasi_errno_t __wasi_clock_time_get(__wasi_clockid_t id, __wasi_timestamp_t precision,
	__wasi_timestamp_t *time)
{
	RET(__wasi_import_clock_time_get((int32_t)id, (int64_t)precision, time));
}

__wasi_errno_t __wasi_fd_advise(__wasi_fd_t fd, __wasi_filesize_t offset,
	__wasi_filesize_t len, __wasi_advice_t advice)
{
	RET(__wasi_import_fd_advise(fd, (int64_t)offset, (int64_t)len, advice));
}

__wasi_errno_t __wasi_fd_allocate(__wasi_fd_t fd, __wasi_filesize_t offset, __wasi_filesize_t len)
{
	RET(__wasi_import_fd_allocate(fd, (int64_t)offset, (int64_t)len));
}

__wasi_errno_t __wasi_fd_close(__wasi_fd_t fd)
{
	RET(__wasi_import_fd_close(fd));
}

__wasi_errno_t __wasi_fd_datasync(__wasi_fd_t fd)
{
	RET(__wasi_import_fd_datasync(fd));
}

__wasi_errno_t __wasi_fd_fdstat_get(__wasi_fd_t fd, __wasi_fdstat_t *stat)
{
	RET(__wasi_import_fd_fdstat_get(fd, stat));
}

__wasi_errno_t __wasi_fd_fdstat_set_flags(__wasi_fd_t fd, __wasi_fdflags_t flags)
{
	RET(__wasi_import_fd_fdstat_set_flags(fd, flags));
}

__wasi_errno_t __wasi_fd_fdstat_set_rights(__wasi_fd_t fd, __wasi_rights_t base,
	__wasi_rights_t inheriting)
{
	RET(__wasi_import_fd_fdstat_set_rights(fd, (int64_t)base, (int64_t)inheriting));
}

__wasi_errno_t __wasi_fd_filestat_get(__wasi_fd_t fd, __wasi_filestat_t *buf)
{
	RET(__wasi_import_fd_filestat_get(fd, buf));
}

__wasi_errno_t __wasi_fd_filestat_set_size(__wasi_fd_t fd, __wasi_filesize_t size)
{
	RET(__wasi_import_fd_filestat_set_size(fd, (int64_t)size));
}

__wasi_errno_t __wasi_fd_filestat_set_times(__wasi_fd_t fd, __wasi_timestamp_t atim,
	__wasi_timestamp_t mtim, __wasi_fstflags_t flags)
{
	RET(__wasi_import_fd_filestat_set_times(fd, (int64_t)atim, (int64_t)mtim, flags));
}

__wasi_errno_t __wasi_fd_pread(__wasi_fd_t fd, const __wasi_iovec_t *iovs, size_t n,
	__wasi_filesize_t offset, __wasi_size_t *nread)
{
	RET(__wasi_import_fd_pread(fd, iovs, n, (int64_t)offset, nread));
}

__wasi_errno_t __wasi_fd_prestat_get(__wasi_fd_t fd, __wasi_prestat_t *buf)
{
	RET(__wasi_import_fd_prestat_get(fd, buf));
}

__wasi_errno_t __wasi_fd_prestat_dir_name(__wasi_fd_t fd, uint8_t *path, __wasi_size_t len)
{
	RET(__wasi_import_fd_prestat_dir_name(fd, path, len));
}

__wasi_errno_t __wasi_fd_pwrite(__wasi_fd_t fd, const __wasi_ciovec_t *iovs, size_t n,
	__wasi_filesize_t offset, __wasi_size_t *nwritten)
{
	RET(__wasi_import_fd_pwrite(fd, iovs, n, (int64_t)offset, nwritten));
}

__wasi_errno_t __wasi_fd_read(__wasi_fd_t fd, const __wasi_iovec_t *iovs, size_t n,
	__wasi_size_t *nread)
{
	RET(__wasi_import_fd_read(fd, iovs, n, nread));
}

__wasi_errno_t __wasi_fd_readdir(__wasi_fd_t fd, uint8_t *buf, __wasi_size_t len,
	__wasi_dircookie_t cookie, __wasi_size_t *used)
{
	RET(__wasi_import_fd_readdir(fd, buf, len, (int64_t)cookie, used));
}

__wasi_errno_t __wasi_fd_renumber(__wasi_fd_t fd, __wasi_fd_t to)
{
	RET(__wasi_import_fd_renumber(fd, to));
}

__wasi_errno_t __wasi_fd_seek(__wasi_fd_t fd, __wasi_filedelta_t offset, __wasi_whence_t whence,
	__wasi_filesize_t *newoffset)
{
	RET(__wasi_import_fd_seek(fd, offset, whence, newoffset));
}

__wasi_errno_t __wasi_fd_sync(__wasi_fd_t fd)
{
	RET(__wasi_import_fd_sync(fd));
}

__wasi_errno_t __wasi_fd_tell(__wasi_fd_t fd, __wasi_filesize_t *offset)
{
	RET(__wasi_import_fd_tell(fd, offset));
}

__wasi_errno_t __wasi_fd_write(__wasi_fd_t fd, const __wasi_ciovec_t *iovs, size_t n,
	__wasi_size_t *nwritten)
{
	RET(__wasi_import_fd_write(fd, iovs, n, nwritten));
}

__wasi_errno_t __wasi_path_create_directory(__wasi_fd_t fd, const char *path)
{
	RET(__wasi_import_path_create_directory(fd, path, strlen(path)));
}

__wasi_errno_t __wasi_path_filestat_get(__wasi_fd_t fd, __wasi_lookupflags_t flags,
	const char *path, __wasi_filestat_t *buf)
{
	RET(__wasi_import_path_filestat_get(fd, (int32_t)flags, path, strlen(path), buf));
}

__wasi_errno_t __wasi_path_filestat_set_times(__wasi_fd_t fd, __wasi_lookupflags_t flags,
	const char *path, __wasi_timestamp_t atim, __wasi_timestamp_t mtim,
	__wasi_fstflags_t fstflags)
{
	RET(__wasi_import_path_filestat_set_times(fd, (int32_t)flags, path, strlen(path),
		(int64_t)atim, (int64_t)mtim, fstflags));
}

__wasi_errno_t __wasi_path_link(__wasi_fd_t old_fd, __wasi_lookupflags_t flags,
	const char *old_path, __wasi_fd_t new_fd, const char *new_path)
{
	RET(__wasi_import_path_link(old_fd, (int32_t)flags, old_path, strlen(old_path),
		new_fd, new_path, strlen(new_path)));
}

__wasi_errno_t __wasi_path_open(__wasi_fd_t fd, __wasi_lookupflags_t dirflags,
	const char *path, __wasi_oflags_t oflags, __wasi_rights_t base,
	__wasi_rights_t inheriting, __wasi_fdflags_t fdflags, __wasi_fd_t *opened)
{
	RET(__wasi_import_path_open(fd, (int32_t)dirflags, path, strlen(path), oflags,
		(int64_t)base, (int64_t)inheriting, fdflags, opened));
}

__wasi_errno_t __wasi_path_readlink(__wasi_fd_t fd, const char *path, uint8_t *buf,
	__wasi_size_t len, __wasi_size_t *used)
{
	RET(__wasi_import_path_readlink(fd, path, strlen(path), buf, len, used));
}

__wasi_errno_t __wasi_path_remove_directory(__wasi_fd_t fd, const char *path)
{
	RET(__wasi_import_path_remove_directory(fd, path, strlen(path)));
}

__wasi_errno_t __wasi_path_rename(__wasi_fd_t fd, const char *old_path, __wasi_fd_t new_fd,
	const char *new_path)
{
	RET(__wasi_import_path_rename(fd, old_path, strlen(old_path), new_fd, new_path,
		strlen(new_path)));
}

__wasi_errno_t __wasi_path_symlink(const char *target, __wasi_fd_t fd, const char *path)
{
	RET(__wasi_import_path_symlink(target, strlen(target), fd, path, strlen(path)));
}

__wasi_errno_t __wasi_path_unlink_file(__wasi_fd_t fd, const char *path)
{
	RET(__wasi_import_path_unlink_file(fd, path, strlen(path)));
}

__wasi_errno_t __wasi_poll_oneoff(const __wasi_subscription_t *in, __wasi_event_t *out,
	__wasi_size_t n, __wasi_size_t *nevents)
{
	RET(__wasi_import_poll_oneoff(in, out, n, nevents));
}

void __wasi_proc_exit(__wasi_exitcode_t code)
{
	__wasi_import_proc_exit((int32_t)code);
}

__wasi_errno_t __wasi_sched_yield(void)
{
	RET(__wasi_import_sched_yield());
}

__wasi_errno_t __wasi_random_get(uint8_t *buf, __wasi_size_t len)
{
	RET(__wasi_import_random_get(buf, len));
}

__wasi_errno_t __wasi_sock_accept(__wasi_fd_t fd, __wasi_fdflags_t flags, __wasi_fd_t *conn)
{
	RET(__wasi_import_sock_accept(fd, flags, conn));
}

__wasi_errno_t __wasi_sock_recv(__wasi_fd_t fd, const __wasi_iovec_t *iovs, size_t n,
	__wasi_riflags_t flags, __wasi_size_t *nread, __wasi_roflags_t *oflags)
{
	RET(__wasi_import_sock_recv(fd, iovs, n, flags, nread, oflags));
}

__wasi_errno_t __wasi_sock_send(__wasi_fd_t fd, const __wasi_ciovec_t *iovs, size_t n,
	__wasi_siflags_t flags, __wasi_size_t *nwritten)
{
	RET(__wasi_import_sock_send(fd, iovs, n, flags, nwritten));
}

__wasi_errno_t __wasi_sock_shutdown(__wasi_fd_t fd, __wasi_sdflags_t how)
{
	RET(__wasi_import_sock_shutdown(fd, how));
}
