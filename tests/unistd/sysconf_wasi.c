// scratch
/* sysconf, pathconf and confstr on WASI: exactly the names <unistd.h>
   defines are valid (a scan of the numbers finds each, and nothing else),
   and the values follow <unistd.h>'s options and <limits.h>'s limits
   (docs/posix.md). Not portable: glibc's values and names differ. */
#include <limits.h>
#include <stdio.h>
#include <unistd.h>

#include "errcheck.h"

/* A value, with errno left alone. */
static long sc(int name)
{
	errno = 0;
	long r = sysconf(name);
	CHECK_EQ(ERRNO, 0);
	return r;
}

int main(void)
{
	int valid = 0;
	for (int n = -100; n < 2000; n++) {
		errno = 0;
		long r = sysconf(n);
		if (ERRNO == 0)
			valid++;
		else
			CHECK(r == -1 && ERRNO == EINVAL);
	}
	/* 143 _SC_ names, two of them aliases (_SC_PAGE_SIZE, _SC_UIO_MAXIOV). */
	CHECK_EQ(valid, 141);

	valid = 0;
	for (int n = -100; n < 2000; n++) {
		errno = 0;
		long r = pathconf(".", n);
		if (ERRNO == 0)
			valid++;
		else
			CHECK(r == -1 && ERRNO == EINVAL);
	}
	CHECK_EQ(valid, 21);

	valid = 0;
	for (int n = -100; n < 2000; n++) {
		char buf[64];
		errno = 0;
		size_t r = confstr(n, buf, sizeof buf);
		if (ERRNO == 0)
			valid++;
		else
			CHECK(r == 0 && ERRNO == EINVAL);
	}
	CHECK_EQ(valid, 42);

	/* Limits: <limits.h>'s, and WASI's. */
	CHECK_EQ(sc(_SC_PAGESIZE), 65536);
	CHECK_EQ(sc(_SC_PAGESIZE), PAGESIZE);
	CHECK_EQ(sc(_SC_NPROCESSORS_ONLN), 1);
	CHECK_EQ(sc(_SC_ARG_MAX), ARG_MAX);
	CHECK_EQ(sc(_SC_NGROUPS_MAX), NGROUPS_MAX);
	CHECK_EQ(sc(_SC_STREAM_MAX), FOPEN_MAX);
	CHECK_EQ(sc(_SC_TZNAME_MAX), TZNAME_MAX);
	CHECK_EQ(sc(_SC_HOST_NAME_MAX), HOST_NAME_MAX);
	CHECK_EQ(sc(_SC_IOV_MAX), IOV_MAX);
	CHECK_EQ(sc(_SC_THREAD_KEYS_MAX), PTHREAD_KEYS_MAX);
	CHECK_EQ(sc(_SC_PHYS_PAGES), 65536);
	long avail = sc(_SC_AVPHYS_PAGES);
	CHECK(avail > 0 && avail < 65536);

	/* Options: what <unistd.h> says. */
	CHECK_EQ(sc(_SC_VERSION), 200809L);
	CHECK_EQ(sc(_SC_CPUTIME), 200809L);
	CHECK_EQ(sc(_SC_THREAD_CPUTIME), 200809L);
	CHECK_EQ(_POSIX_THREAD_CPUTIME, 200809L);
	CHECK_EQ(sc(_SC_MONOTONIC_CLOCK), _POSIX_MONOTONIC_CLOCK);
	CHECK_EQ(sc(_SC_THREADS), _POSIX_THREADS);
	CHECK_EQ(sc(_SC_REGEXP), 1);
	CHECK_EQ(sc(_SC_XOPEN_VERSION), 700);
	CHECK_EQ(sc(_SC_XOPEN_UNIX), 1);
	CHECK_EQ(sc(_SC_V7_ILP32_OFFBIG), _POSIX_V7_ILP32_OFFBIG);
	CHECK_EQ(sc(_SC_V6_ILP32_OFFBIG), 1);
	CHECK_EQ(sc(_SC_XBS5_ILP32_OFFBIG), 1);
	/* and what it lacks: -1, errno unchanged. */
	CHECK_EQ(sc(_SC_V7_LP64_OFF64), -1);
	CHECK_EQ(sc(_SC_V7_ILP32_OFF32), -1);
	CHECK_EQ(sc(_SC_SPAWN), -1);
	CHECK_EQ(sc(_SC_JOB_CONTROL), -1);
	CHECK_EQ(sc(_SC_SS_REPL_MAX), -1);
	CHECK_EQ(sc(_SC_THREAD_ROBUST_PRIO_INHERIT), -1);
	CHECK_EQ(sc(_SC_THREAD_ROBUST_PRIO_PROTECT), -1);
	CHECK_EQ(sc(_SC_SIGSTKSZ), -1);

	/* pathconf: no limit on links, the I/O options not supported. */
	errno = 0;
	CHECK_EQ(pathconf(".", _PC_LINK_MAX), -1);
	CHECK_EQ(pathconf(".", _PC_SYNC_IO), -1);
	CHECK_EQ(ERRNO, 0);

	/* confstr: empty flags; glibc's own names have no value. */
	char buf[64];
	errno = 0;
	CHECK_EQ(confstr(_CS_POSIX_V7_THREADS_CFLAGS, buf, sizeof buf), 1);
	CHECK_EQ(confstr(_CS_POSIX_V7_THREADS_LDFLAGS, buf, sizeof buf), 1);
	CHECK_EQ(confstr(_CS_V7_ENV, buf, sizeof buf), 1);
	CHECK_EQ(confstr(_CS_GNU_LIBC_VERSION, buf, sizeof buf), 0);
	CHECK_EQ(confstr(_CS_POSIX_V7_WIDTH_RESTRICTED_ENVS, buf, sizeof buf), 22);
	printf("%s\n", buf);
	CHECK_EQ(ERRNO, 0);
	return test_done();
}
