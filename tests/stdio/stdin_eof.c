// portable
/* The test runner gives an empty standard input. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

int main(void)
{
	char buf[8] = "unset";

	CHECK(!feof(stdin) && !ferror(stdin));
	CHECK_EQ(getchar(), EOF);
	CHECK(feof(stdin));
	CHECK(!ferror(stdin));
	CHECK_EQ(fgetc(stdin), EOF);
	CHECK_EQ(getc(stdin), EOF);
	CHECK(fgets(buf, sizeof buf, stdin) == NULL);
	CHECK(strcmp(buf, "unset") == 0); /* untouched at end of file */
	clearerr(stdin);
	CHECK(!feof(stdin));
	CHECK_EQ(getchar(), EOF);
	CHECK(feof(stdin));

	/* fgets with room for only the terminator reads nothing */
	CHECK(fgets(buf, 1, stdin) == buf && buf[0] == 0);

	/* stdin is not for writing, stdout not for reading */
	errno = 0;
	CHECK_EQ(fputc('x', stdin), EOF);
	CHECK(ferror(stdin));
	CHECK_EQ(ERRNO, EBADF);
	clearerr(stdin);
	CHECK(!ferror(stdin) && !feof(stdin));
	errno = 0;
	CHECK_EQ(fgetc(stdout), EOF);
	CHECK(ferror(stdout));
	CHECK_EQ(ERRNO, EBADF);
	clearerr(stdout);
	CHECK(!ferror(stdout));
	return test_done();
}
