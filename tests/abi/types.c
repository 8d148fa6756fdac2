/* Not portable: pins the wasm32 ABI that programs built against Debian's
   wasi-libc already assume. The expected types and values were measured
   from that sysroot with probes; a change here breaks linking with
   objects built against it. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>
#include "test.h"

#define SAME(a, b) __builtin_types_compatible_p(a, b)

_Static_assert(SAME(size_t, unsigned long), "size_t");
_Static_assert(SAME(ssize_t, long), "ssize_t");
_Static_assert(SAME(off_t, long long), "off_t");
_Static_assert(SAME(pid_t, int), "pid_t");
_Static_assert(SAME(uid_t, unsigned), "uid_t");
_Static_assert(SAME(gid_t, unsigned), "gid_t");
_Static_assert(SAME(id_t, unsigned), "id_t");
_Static_assert(SAME(mode_t, unsigned), "mode_t");
_Static_assert(SAME(ino_t, unsigned long long), "ino_t");
_Static_assert(SAME(dev_t, unsigned long long), "dev_t");
_Static_assert(SAME(nlink_t, unsigned long long), "nlink_t");
_Static_assert(SAME(time_t, long long), "time_t");
_Static_assert(SAME(clock_t, long long), "clock_t");
_Static_assert(SAME(blksize_t, long), "blksize_t");
_Static_assert(SAME(blkcnt_t, long long), "blkcnt_t");
_Static_assert(SAME(suseconds_t, long long), "suseconds_t");
_Static_assert(SAME(useconds_t, unsigned), "useconds_t");
_Static_assert(SAME(FILE, struct _IO_FILE), "FILE's tag");
_Static_assert(SAME(__typeof__(stdout), FILE *const), "stdout");
_Static_assert(SAME(__typeof__(environ), char **), "environ");
_Static_assert(_Alignof(max_align_t) == 16, "malloc's alignment");

_Static_assert(EOF == -1 && BUFSIZ == 1024 && FILENAME_MAX == 4096 && FOPEN_MAX == 1000, "stdio");
_Static_assert(_IOFBF == 0 && _IOLBF == 1 && _IONBF == 2, "buffering modes");
_Static_assert(SEEK_SET == 0 && SEEK_CUR == 1 && SEEK_END == 2, "whence");
_Static_assert(STDIN_FILENO == 0 && STDOUT_FILENO == 1 && STDERR_FILENO == 2, "fds");
_Static_assert(F_OK == 0 && X_OK == 1 && W_OK == 2 && R_OK == 4, "access");
_Static_assert(EXIT_SUCCESS == 0 && EXIT_FAILURE == 1 && RAND_MAX == 0x7fffffff, "stdlib");
_Static_assert(E2BIG == 1 && EAGAIN == 6 && EBADF == 8 && EINVAL == 28 && ENOENT == 44, "errno");
_Static_assert(ENOMEM == 48 && ENOSYS == 52 && ERANGE == 68 && EXDEV == 75, "errno");
_Static_assert(ENOTCAPABLE == 76 && EOVERFLOW == 61 && EILSEQ == 25, "errno");

int main(void)
{
	/* the run-time half: the same objects under both names */
	CHECK(&errno == __errno_location());
	CHECK(stdout != stderr && stdout != stdin);
	CHECK(environ != NULL);
	return test_done();
}
