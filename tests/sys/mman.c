// portable
// scratch
/* mmap: anonymous mappings are zeroed, page-aligned and writable; a
   private file mapping shows the file, past its end zeros; munmap takes
   them back. Bad arguments are EINVAL, a bad descriptor EBADF. */
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "errcheck.h"

int main(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char *p = mmap(0, 3 * (size_t)page + 1, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	CHECK(p != MAP_FAILED);
	CHECK_EQ((uintptr_t)p % (uintptr_t)page, 0);
	int zero = 1;
	for (long i = 0; i < 3 * page + 1; i++)
		zero &= p[i] == 0;
	CHECK(zero);
	memset(p, 'a', 3 * (size_t)page + 1);
	CHECK_EQ(p[3 * page], 'a');
	CHECK_EQ(mprotect(p, (size_t)page, PROT_READ | PROT_WRITE), 0);
	CHECK_EQ(munmap(p, 4 * (size_t)page), 0);

	int fd = open("f", O_RDWR | O_CREAT, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "mapped file", 11), 11);
	char *m = mmap(0, 100, PROT_READ, MAP_PRIVATE, fd, 0);
	CHECK(m != MAP_FAILED);
	CHECK(memcmp(m, "mapped file", 11) == 0);
	CHECK_EQ(m[11], 0);
	CHECK_EQ(m[99], 0);
	CHECK_EQ(munmap(m, 100), 0);
	char *w = mmap(0, 11, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	CHECK(w != MAP_FAILED);
	w[0] = 'M';
	/* A private mapping's writes stay in memory. */
	char c = 0;
	CHECK_EQ(pread(fd, &c, 1, 0), 1);
	CHECK_EQ(c, 'm');
	CHECK_EQ(munmap(w, 11), 0);

	errno = 0;
	CHECK(mmap(0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED);
	CHECK_EQ(ERRNO, EINVAL);
	errno = 0;
	CHECK(mmap(0, 10, PROT_READ, MAP_ANONYMOUS, -1, 0) == MAP_FAILED);
	CHECK_EQ(ERRNO, EINVAL);
	errno = 0;
	CHECK(mmap(0, 10, PROT_READ, MAP_PRIVATE, fd, NUM((off_t)1)) == MAP_FAILED);
	CHECK_EQ(ERRNO, EINVAL);
	errno = 0;
	CHECK(mmap(0, 10, PROT_READ, MAP_PRIVATE, closed_fd(), 0) == MAP_FAILED);
	CHECK_EQ(ERRNO, EBADF);
	CHECK_ERR(munmap(NUM((char *)0) + 1, 10), EINVAL);
	CHECK_ERR(munmap(p, 0), EINVAL);
	CHECK_EQ(close(fd), 0);
	return test_done();
}
