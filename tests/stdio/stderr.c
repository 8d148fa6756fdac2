// portable
/* Text written to stderr must not appear in stdout, whatever the order. */
#include <stdio.h>
#include "test.h"

int main(void)
{
	printf("out 1\n");
	CHECK(fprintf(stderr, "err %d\n", 1) == 6);
	CHECK(fputs(STR("err 2, no newline "), stderr) >= 0);
	printf("out 2 ");
	CHECK_EQ(fputc('\n', stderr), '\n');
	CHECK_EQ(fwrite("err 3\n", 1, 6, stderr), 6);
	printf("continued\n");
	CHECK(!ferror(stderr));
	CHECK_EQ(fflush(stderr), 0);
	return test_done();
}
