/* The name is there for a main that takes no arguments too: the
   start-up code fetches argv[0] for it. */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>

#include "test.h"

int main(void)
{
	CHECK(program_invocation_name[0] != 0);
	CHECK(strchr(program_invocation_short_name, '/') == NULL);
	CHECK(strstr(program_invocation_short_name, "progname_noargs") != NULL);
	return test_done();
}
