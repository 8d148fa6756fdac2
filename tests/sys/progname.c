// portable
/* The program's name: program_invocation_name is argv[0], the short
   name what follows its last slash; __progname and __progname_full are
   the BSD spellings of the same. */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>

#include "test.h"

extern char *__progname, *__progname_full;

int main(int argc, char **argv)
{
	CHECK(argc >= 1);
	const char *slash = strrchr(argv[0], '/');
	const char *base = slash ? slash + 1 : argv[0];

	CHECK(strcmp(program_invocation_name, argv[0]) == 0);
	CHECK(strcmp(program_invocation_short_name, base) == 0);
	CHECK(strcmp(__progname, base) == 0);
	CHECK(strcmp(__progname_full, argv[0]) == 0);
	CHECK(program_invocation_short_name == __progname);
	CHECK(strstr(base, "progname") != NULL);
	return test_done();
}
