// scratch
// args: alpha beta
// env: API_TEST=1
// wasmtime: no (it traps on a clock id WASI does not define; wasi-run says EINVAL)
/* The __wasi_* functions of <wasi/api.h>: each calls its preview 1 import
   on raw WASI descriptors and returns the WASI errno untranslated. The
   scratch directory is preopened as descriptor 3, named "/". */
#include <string.h>
#include <wasi/api.h>

#include "test.h"

#define DIRFD 3

static __wasi_fd_t open_file(const char *path, __wasi_oflags_t oflags, __wasi_errno_t *err)
{
	__wasi_fd_t fd = -1;
	*err = __wasi_path_open(DIRFD, 0, path, oflags,
		__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_SEEK
		| __WASI_RIGHTS_FD_TELL | __WASI_RIGHTS_FD_FILESTAT_GET
		| __WASI_RIGHTS_FD_FILESTAT_SET_SIZE | __WASI_RIGHTS_FD_SYNC
		| __WASI_RIGHTS_FD_DATASYNC | __WASI_RIGHTS_FD_ADVISE
		| __WASI_RIGHTS_FD_ALLOCATE | __WASI_RIGHTS_FD_FDSTAT_SET_FLAGS
		| __WASI_RIGHTS_FD_FILESTAT_SET_TIMES,
		0, 0, &fd);
	return fd;
}

static void args_and_environ(void)
{
	__wasi_size_t n, size;
	uint8_t *argv[4], buf[64];

	CHECK_EQ(__wasi_args_sizes_get(&n, &size), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(n, 3);
	CHECK(size <= sizeof buf);
	CHECK_EQ(__wasi_args_get(argv, buf), __WASI_ERRNO_SUCCESS);
	CHECK(strcmp((char *)argv[1], "alpha") == 0);
	CHECK(strcmp((char *)argv[2], "beta") == 0);

	CHECK_EQ(__wasi_environ_sizes_get(&n, &size), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(n, 1);
	CHECK_EQ(__wasi_environ_get(argv, buf), __WASI_ERRNO_SUCCESS);
	CHECK(strcmp((char *)argv[0], "API_TEST=1") == 0);
}

static void clocks_random_poll(void)
{
	__wasi_timestamp_t res = 0, t0 = 0, t1 = 0;
	uint8_t bytes[16] = {0};
	__wasi_subscription_t sub;
	__wasi_event_t ev;
	__wasi_size_t nev = 0;

	CHECK_EQ(__wasi_clock_res_get(__WASI_CLOCKID_MONOTONIC, &res), __WASI_ERRNO_SUCCESS);
	CHECK(res > 0);
	CHECK_EQ(__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t0), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_clock_time_get(NUM(99u), 1, &t0), __WASI_ERRNO_INVAL);

	memset(&sub, 0, sizeof sub);
	sub.userdata = 42;
	sub.u.tag = __WASI_EVENTTYPE_CLOCK;
	sub.u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
	sub.u.u.clock.timeout = 1000000;
	CHECK_EQ(__wasi_poll_oneoff(&sub, &ev, 1, &nev), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(nev, 1);
	CHECK_EQ(ev.userdata, 42);
	CHECK_EQ(ev.type, __WASI_EVENTTYPE_CLOCK);
	CHECK_EQ(__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t1), __WASI_ERRNO_SUCCESS);
	CHECK(t1 >= t0 + 1000000);

	CHECK_EQ(__wasi_random_get(bytes, sizeof bytes), __WASI_ERRNO_SUCCESS);
	int nonzero = 0;
	for (size_t i = 0; i < sizeof bytes; i++)
		nonzero |= bytes[i];
	CHECK(nonzero);
	CHECK_EQ(__wasi_sched_yield(), __WASI_ERRNO_SUCCESS);
}

static void descriptors(void)
{
	__wasi_prestat_t pre;
	__wasi_fdstat_t st;
	char name[8] = {0};

	CHECK_EQ(__wasi_fd_prestat_get(DIRFD, &pre), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(pre.tag, __WASI_PREOPENTYPE_DIR);
	CHECK(pre.u.dir.pr_name_len < sizeof name);
	CHECK_EQ(__wasi_fd_prestat_dir_name(DIRFD, (uint8_t *)name, pre.u.dir.pr_name_len),
		__WASI_ERRNO_SUCCESS);
	CHECK(strcmp(name, "/") == 0);
	CHECK_EQ(__wasi_fd_prestat_get(1, &pre), __WASI_ERRNO_BADF);

	CHECK_EQ(__wasi_fd_fdstat_get(DIRFD, &st), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(st.fs_filetype, __WASI_FILETYPE_DIRECTORY);
	CHECK_EQ(__wasi_fd_fdstat_get(NUM(999), &st), __WASI_ERRNO_BADF);
	CHECK_EQ(__wasi_fd_close(NUM(999)), __WASI_ERRNO_BADF);

	/* The standard streams: writing through the raw call. */
	static const char hello[] = "written by __wasi_fd_write\n";
	__wasi_ciovec_t out = { (const uint8_t *)hello, sizeof hello - 1 };
	__wasi_size_t n = 0;
	CHECK_EQ(__wasi_fd_write(1, &out, 1, &n), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(n, sizeof hello - 1);
}

static void files(void)
{
	__wasi_errno_t err;
	__wasi_fd_t fd = open_file("f", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_EXCL, &err);
	__wasi_size_t n = 0;
	__wasi_filesize_t pos = 0;
	__wasi_filestat_t fst;
	char got[16] = {0};

	CHECK_EQ(err, __WASI_ERRNO_SUCCESS);
	open_file("f", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_EXCL, &err);
	CHECK_EQ(err, __WASI_ERRNO_EXIST);
	open_file("missing", 0, &err);
	CHECK_EQ(err, __WASI_ERRNO_NOENT);

	__wasi_ciovec_t out[2] = { { (const uint8_t *)"hello ", 6 }, { (const uint8_t *)"world", 5 } };
	CHECK_EQ(__wasi_fd_write(fd, out, 2, &n), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(n, 11);
	CHECK_EQ(__wasi_fd_tell(fd, &pos), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(pos, 11);
	CHECK_EQ(__wasi_fd_seek(fd, -5, __WASI_WHENCE_END, &pos), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(pos, 6);
	__wasi_iovec_t in = { (uint8_t *)got, sizeof got - 1 };
	CHECK_EQ(__wasi_fd_read(fd, &in, 1, &n), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(n, 5);
	CHECK(strcmp(got, "world") == 0);
	memset(got, 0, sizeof got);
	CHECK_EQ(__wasi_fd_pread(fd, &in, 1, 0, &n), __WASI_ERRNO_SUCCESS);
	CHECK(strcmp(got, "hello world") == 0);
	__wasi_ciovec_t cap = { (const uint8_t *)"J", 1 };
	CHECK_EQ(__wasi_fd_pwrite(fd, &cap, 1, 6, &n), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_fd_pread(fd, &in, 1, 6, &n), __WASI_ERRNO_SUCCESS);
	CHECK(memcmp(got, "Jorld", 5) == 0);

	CHECK_EQ(__wasi_fd_sync(fd), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_fd_datasync(fd), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_fd_advise(fd, 0, 11, __WASI_ADVICE_NORMAL), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_fd_advise(fd, 0, 11, NUM((__wasi_advice_t)77)), __WASI_ERRNO_INVAL);
	CHECK_EQ(__wasi_fd_allocate(fd, 0, 20), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_fd_filestat_get(fd, &fst), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(fst.size, 20);
	CHECK_EQ(fst.filetype, __WASI_FILETYPE_REGULAR_FILE);
	CHECK_EQ(__wasi_fd_filestat_set_size(fd, 3), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_fd_filestat_set_times(fd, 5000000000ull, 7000000000ull,
		__WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_MTIM), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_fd_filestat_get(fd, &fst), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(fst.size, 3);
	CHECK_EQ(fst.mtim, 7000000000ull);
	CHECK_EQ(__wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_APPEND), __WASI_ERRNO_SUCCESS);
	__wasi_fdstat_t st;
	CHECK_EQ(__wasi_fd_fdstat_get(fd, &st), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(st.fs_flags & __WASI_FDFLAGS_APPEND, __WASI_FDFLAGS_APPEND);
	/* Rights only shrink: drop writing, and writing is then refused. */
	CHECK_EQ(__wasi_fd_fdstat_set_rights(fd, st.fs_rights_base & ~__WASI_RIGHTS_FD_WRITE, 0),
		__WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_fd_write(fd, out, 1, &n), __WASI_ERRNO_NOTCAPABLE);
	CHECK_EQ(__wasi_fd_fdstat_set_rights(fd, st.fs_rights_base, 0), __WASI_ERRNO_NOTCAPABLE);

	/* Renumber onto a fresh descriptor: the old number is then closed. */
	__wasi_fd_t other = open_file("f", 0, &err);
	CHECK_EQ(err, __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_fd_renumber(fd, other), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_fd_close(fd), __WASI_ERRNO_BADF);
	CHECK_EQ(__wasi_fd_filestat_get(other, &fst), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(fst.size, 3);
	CHECK_EQ(__wasi_fd_close(other), __WASI_ERRNO_SUCCESS);
}

static void paths(void)
{
	__wasi_filestat_t fst;
	__wasi_size_t n = 0;
	char buf[64];
	uint8_t dirbuf[256];

	CHECK_EQ(__wasi_path_create_directory(DIRFD, "d"), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_path_create_directory(DIRFD, "d"), __WASI_ERRNO_EXIST);
	CHECK_EQ(__wasi_path_filestat_get(DIRFD, 0, "d", &fst), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(fst.filetype, __WASI_FILETYPE_DIRECTORY);
	CHECK_EQ(__wasi_path_filestat_get(DIRFD, 0, "nothing", &fst), __WASI_ERRNO_NOENT);
	/* Leaving the preopen: which refusal is the runtime's choice. */
	__wasi_errno_t esc = __wasi_path_filestat_get(DIRFD, 0, "../escape", &fst);
	CHECK(esc == __WASI_ERRNO_NOTCAPABLE || esc == __WASI_ERRNO_PERM);

	CHECK_EQ(__wasi_path_link(DIRFD, 0, "f", DIRFD, "d/hard"), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_path_filestat_get(DIRFD, 0, "f", &fst), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(fst.nlink, 2);
	CHECK_EQ(__wasi_path_rename(DIRFD, "d/hard", DIRFD, "d/moved"), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_path_symlink("moved", DIRFD, "d/link"), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_path_readlink(DIRFD, "d/link", (uint8_t *)buf, sizeof buf, &n),
		__WASI_ERRNO_SUCCESS);
	CHECK_EQ(n, 5);
	CHECK(memcmp(buf, "moved", 5) == 0);
	CHECK_EQ(__wasi_path_filestat_set_times(DIRFD, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "d/link",
		0, 9000000000ull, __WASI_FSTFLAGS_MTIM), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_path_filestat_get(DIRFD, 0, "f", &fst), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(fst.mtim, 9000000000ull);

	/* The directory holds moved and link (and perhaps . and ..). */
	__wasi_errno_t err;
	__wasi_fd_t dfd = -1;
	err = __wasi_path_open(DIRFD, 0, "d", __WASI_OFLAGS_DIRECTORY,
		__WASI_RIGHTS_FD_READDIR, 0, 0, &dfd);
	CHECK_EQ(err, __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_fd_readdir(dfd, dirbuf, sizeof dirbuf, __WASI_DIRCOOKIE_START, &n),
		__WASI_ERRNO_SUCCESS);
	int seen = 0;
	for (size_t at = 0; at + sizeof(__wasi_dirent_t) <= n;) {
		__wasi_dirent_t e;
		memcpy(&e, dirbuf + at, sizeof e);
		const char *name = (const char *)dirbuf + at + sizeof e;
		if (e.d_namlen == 5 && !memcmp(name, "moved", 5))
			seen |= 1;
		if (e.d_namlen == 4 && !memcmp(name, "link", 4))
			seen |= 2;
		at += sizeof e + e.d_namlen;
	}
	CHECK_EQ(seen, 3);
	CHECK_EQ(__wasi_fd_close(dfd), __WASI_ERRNO_SUCCESS);

	CHECK_EQ(__wasi_path_remove_directory(DIRFD, "d"), __WASI_ERRNO_NOTEMPTY);
	CHECK_EQ(__wasi_path_unlink_file(DIRFD, "d/link"), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_path_unlink_file(DIRFD, "d/moved"), __WASI_ERRNO_SUCCESS);
	CHECK_EQ(__wasi_path_unlink_file(DIRFD, "d/moved"), __WASI_ERRNO_NOENT);
	CHECK_EQ(__wasi_path_remove_directory(DIRFD, "d"), __WASI_ERRNO_SUCCESS);
}

static void sockets(void)
{
	/* No descriptor here is a socket. */
	__wasi_fd_t conn;
	__wasi_size_t n;
	__wasi_roflags_t rofl;
	uint8_t b;
	__wasi_iovec_t in = { &b, 1 };
	__wasi_ciovec_t out = { &b, 1 };

	CHECK_EQ(__wasi_sock_accept(NUM(999), 0, &conn), __WASI_ERRNO_BADF);
	CHECK_EQ(__wasi_sock_recv(NUM(999), &in, 1, 0, &n, &rofl), __WASI_ERRNO_BADF);
	CHECK_EQ(__wasi_sock_send(NUM(999), &out, 1, 0, &n), __WASI_ERRNO_BADF);
	CHECK_EQ(__wasi_sock_shutdown(NUM(999), __WASI_SDFLAGS_RD), __WASI_ERRNO_BADF);
}

int main(void)
{
	args_and_environ();
	clocks_random_poll();
	descriptors();
	files();
	paths();
	sockets();
	/* proc_exit skips stdio's flush at exit: flush first. */
	int status = test_done();
	fflush(stdout);
	__wasi_proc_exit((__wasi_exitcode_t)status);
}
