// portable
// exit: 3
/* err.h: warn and warnx, then errx ending the program with its status.
   Their messages go to stderr, which is pointed at stdout here so the
   expected output holds them; the program name is fixed for the same
   reason. */
#define _GNU_SOURCE
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

#include "test.h"

int main(void)
{
	program_invocation_short_name = "prog";
	fflush(stdout);
	CHECK_EQ(dup2(1, 2), 2);
	setvbuf(stdout, NULL, _IONBF, 0);

	errno = ENOENT;
	warn("open %s", "x.txt");
	CHECK_EQ(errno, ENOENT);
	errno = EACCES;
	warn(NULL);
	warnx("plain %d", 42);
	warnx(NULL);
	errno = ENOENT;
	warnx("errno %s", "ignored");
	printf("%d checks\n", test_checks - test_failures);
	errx(3, "done with %s", "status 3");
}
