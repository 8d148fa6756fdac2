// portable
// scratch
// env: MSGVERB=tag:bogus:text
/* MSGVERB names the parts to print; an unknown keyword means all. glibc
   reads it once, so each setting needs a process of its own. */
#include <fmtmsg.h>
#include "test.h"

int main(void)
{
	char buf[256];

	CHECK(freopen("err.txt", "w", stderr) != NULL);
	CHECK_EQ(fmtmsg(MM_PRINT, "A:b", MM_ERROR, "t", "a", "T:3"), MM_OK);
	CHECK(freopen("err.txt", "r", stderr) != NULL);
	size_t n = fread(buf, 1, sizeof buf - 1, stderr);
	buf[n] = 0;
	printf("[%s]\n", buf);
	CHECK(n > 0);
	return test_done();
}
