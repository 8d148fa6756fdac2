// scratch
/* What WebAssembly memory cannot do: no fixed addresses, no executable
   or shared writable file mappings, no protection that would take access
   away (ENOTSUP), no unmapping part of a mapping (EINVAL). Changing
   nothing is always allowed, and unmapping a range with no mapping in it
   is a no-op. */
#include <fcntl.h>
#include <limits.h>
#include <sys/mman.h>
#include <unistd.h>

#include "errcheck.h"

int main(void)
{
	size_t page = PAGESIZE;
	char *p = mmap(0, 2 * page, PROT_READ, MAP_PRIVATE | MAP_ANON, -1, 0);

	CHECK(p != MAP_FAILED);
	CHECK_EQ(mprotect(p, 2 * page, PROT_READ), 0);
	CHECK_EQ(mprotect(p, page, PROT_READ | PROT_WRITE), 0);
	CHECK_EQ(mprotect(p, 0, PROT_NONE), 0);
	CHECK_ERR(mprotect(p, page, PROT_NONE), ENOTSUP);
	CHECK_ERR(mprotect(p, page, PROT_READ | PROT_EXEC), ENOTSUP);
	CHECK_ERR(mprotect(p + 1, page, PROT_READ), EINVAL);
	CHECK_ERR(mprotect(p, page, NUM(0x100)), EINVAL);
	CHECK_ERR(mprotect(p, 3 * page, PROT_READ), ENOMEM);
	/* Once the whole mapping is read-write, read-only is a change. */
	CHECK_EQ(mprotect(p, 2 * page, PROT_READ | PROT_WRITE), 0);
	CHECK_ERR(mprotect(p, 2 * page, PROT_READ), ENOTSUP);

	CHECK_ERR(munmap(p, page), EINVAL);
	CHECK_ERR(munmap(p + page, page), EINVAL);
	CHECK_EQ(munmap(p, 2 * page), 0);
	CHECK_ERR(mprotect(p, page, PROT_READ | PROT_WRITE), ENOMEM);
	/* Nothing mapped there any more: nothing to do. */
	CHECK_EQ(munmap(p, 2 * page), 0);

	errno = 0;
	CHECK(mmap(p, page, PROT_READ, MAP_PRIVATE | MAP_ANON | MAP_FIXED, -1, 0) == MAP_FAILED);
	CHECK_EQ(ERRNO, ENOTSUP);
	errno = 0;
	CHECK(mmap(0, page, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANON, -1, 0) == MAP_FAILED);
	CHECK_EQ(ERRNO, ENOTSUP);
	int fd = open("f", O_RDWR | O_CREAT, 0644);
	CHECK(fd >= 0);
	errno = 0;
	CHECK(mmap(0, page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) == MAP_FAILED);
	CHECK_EQ(ERRNO, ENOTSUP);
	/* Read-only and shared is a copy nobody can tell from the file. */
	char *s = mmap(0, page, PROT_READ, MAP_SHARED, fd, 0);
	CHECK(s != MAP_FAILED);
	CHECK_EQ(munmap(s, page), 0);
	/* An anonymous shared mapping has no one to share with: it is private. */
	s = mmap(0, page, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANON, -1, 0);
	CHECK(s != MAP_FAILED);
	CHECK_EQ(munmap(s, page), 0);
	CHECK_EQ(close(fd), 0);
	return test_done();
}
