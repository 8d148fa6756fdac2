// scratch
// preopen: /extra
/* Preopens are found on the first path lookup, by asking WASI about
   descriptors 3, 4, ... until one is not a preopen. A program that closes
   or dup2s over descriptor 3 before any lookup must not end that scan
   early and lose /extra (descriptor 4): closing a descriptor finds the
   preopens first. */
#include <fcntl.h>
#include <unistd.h>

#include "errcheck.h"

int main(void)
{
	/* Descriptor 3 is the preopened "/"; make it stdout's double. */
	CHECK_EQ(dup2(1, 3), 3);
	int fd = open("/extra/f", O_WRONLY | O_CREAT, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "x", 1), 1);
	CHECK_EQ(close(fd), 0);
	CHECK_EQ(access("/extra/f", F_OK), 0);
	/* "/" itself went with its descriptor. */
	CHECK_ERR(open("/g", O_WRONLY | O_CREAT, 0644), EBADF);
	return test_done();
}
