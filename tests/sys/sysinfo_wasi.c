/* The wasm-only answers of the fixed tables: confstr's width-restricted
   environments name the 32-bit model with 64-bit offsets; glibc's own
   names are valid ones with no value (0, errno unchanged). */
#include <string.h>
#include <unistd.h>

#include "test.h"

int main(void)
{
	char buf[64];

	CHECK_EQ(confstr(_CS_POSIX_V7_WIDTH_RESTRICTED_ENVS, buf, sizeof buf), 22);
	CHECK(strcmp(buf, "POSIX_V7_ILP32_OFFBIG") == 0);
	CHECK(confstr(_CS_POSIX_V6_WIDTH_RESTRICTED_ENVS, buf, sizeof buf) > 0);
	CHECK(strcmp(buf, "POSIX_V6_ILP32_OFFBIG") == 0);
	CHECK_EQ(confstr(_CS_POSIX_V7_ILP32_OFFBIG_LDFLAGS, buf, sizeof buf), 1);
	errno = 0;
	CHECK_EQ(confstr(_CS_GNU_LIBC_VERSION, buf, sizeof buf), 0);
	CHECK_EQ(ERRNO, 0);
	return test_done();
}
