/* CHECK_ERR(call, E): the call fails with -1 and sets errno to E. errno
   values differ between systems, so failures print the names. */
#ifndef ERRCHECK_H
#define ERRCHECK_H

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "test.h"

static const char *errname(int e)
{
	switch (e) {
	case 0: return "0";
	case E2BIG: return "E2BIG";
	case EACCES: return "EACCES";
	case EAFNOSUPPORT: return "EAFNOSUPPORT";
	case EAGAIN: return "EAGAIN";
	case EBADF: return "EBADF";
	case ECHILD: return "ECHILD";
	case EDEADLK: return "EDEADLK";
	case EEXIST: return "EEXIST";
	case EFAULT: return "EFAULT";
	case EILSEQ: return "EILSEQ";
	case EINVAL: return "EINVAL";
	case EISDIR: return "EISDIR";
	case ELOOP: return "ELOOP";
	case EMFILE: return "EMFILE";
	case ENAMETOOLONG: return "ENAMETOOLONG";
	case ENOENT: return "ENOENT";
	case ENOMEM: return "ENOMEM";
	case ENOPROTOOPT: return "ENOPROTOOPT";
	case ENOSPC: return "ENOSPC";
	case ENOSYS: return "ENOSYS";
	case ENOTDIR: return "ENOTDIR";
	case ENOTEMPTY: return "ENOTEMPTY";
	case ENOTSOCK: return "ENOTSOCK";
	case ENOTSUP: return "ENOTSUP";
	case ENOTTY: return "ENOTTY";
	case EPERM: return "EPERM";
	case EPIPE: return "EPIPE";
	case ERANGE: return "ERANGE";
	case ESPIPE: return "ESPIPE";
	case ESRCH: return "ESRCH";
	case ETIMEDOUT: return "ETIMEDOUT";
	default: return "other";
	}
}

#define CHECK_ERR(call, e) do { \
	errno = 0; \
	long long test_r_ = (long long)(call); \
	int test_e_ = ERRNO; \
	test_checks++; \
	if (test_r_ != -1 || test_e_ != (e)) { \
		test_failures++; \
		printf("FAIL %s:%d: %s: got %lld with %s, expected -1 with %s\n", \
		       __FILE__, __LINE__, #call, test_r_, errname(test_e_), errname(e)); \
	} \
} while (0)

/* A descriptor that is not open. A fixed number is not enough: the process
   that starts a native test (a CI runner, a shell) may leave any number
   of descriptors open in it. Linux's select() also skips, without EBADF,
   a number beyond the size of the process's descriptor table, so the
   number is made open once (which grows the table) and closed again;
   WASI has no such table, and wasi-libc no dup2. */
static int closed_fd(void)
{
	int fd = 64;
	while (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
		fd++;
#ifndef __wasi__
	for (int from = 0; from < 3; from++)
		if (dup2(from, fd) == fd) {
			close(fd);
			break;
		}
#endif
	return fd;
}

#endif
