// portable
/* confstr: the value and its size with the NUL, truncated to the buffer;
   0 with EINVAL for a name that is not one. */
#include <string.h>
#include <unistd.h>

#include "errcheck.h"

int main(void)
{
	char buf[64], small[5];

	size_t n = confstr(_CS_PATH, 0, 0);
	CHECK(n > 1);
	CHECK_EQ(confstr(_CS_PATH, buf, sizeof buf), n);
	printf("_CS_PATH=%s\n", buf);
	CHECK_EQ(strlen(buf) + 1, n);
	memset(small, 'x', sizeof small);
	CHECK_EQ(confstr(_CS_PATH, small, sizeof small), n);
	CHECK(memcmp(small, buf, 4) == 0 && small[4] == 0);

	errno = 0;
	CHECK_EQ(confstr(NUM(-1), buf, sizeof buf), 0);
	CHECK_EQ(ERRNO, EINVAL);
	errno = 0;
	CHECK_EQ(confstr(NUM(99999), buf, sizeof buf), 0);
	CHECK_EQ(ERRNO, EINVAL);

	/* A compilation environment's flags are a string, perhaps empty. */
	CHECK(confstr(_CS_POSIX_V7_ILP32_OFFBIG_CFLAGS, buf, sizeof buf) >= 1);
	return test_done();
}
