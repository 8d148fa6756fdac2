/* Not portable, and deliberately so: floating-point conversions and
   positional arguments are not implemented yet. Until they are, a format
   using them must fail as a whole, with EINVAL and no output, rather than
   print something wrong. FIXME: when they land, this test becomes a
   portable table like printf_int. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

int main(void)
{
	static const char *const formats[] = {
		"%f", "%F", "%e", "%E", "%g", "%G", "%a", "%A", "%Lf", "%10.3f",
		"%1$d", "%*1$d", "%lc", "%ls", "%hs", "%Ld", "%q", "%", "abc%",
	};
	char buf[32];

	for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
		memset(buf, '#', sizeof buf);
		errno = 0;
		int r = snprintf(buf, sizeof buf, STR(formats[i]), 1.5, 2);
		int e = errno;
		printf("%-8s %d %s %s\n", formats[i], r, e == EINVAL ? "EINVAL" : "?",
		       buf[0] == '#' ? "untouched" : "written");
		CHECK_EQ(r, -1);
		CHECK_EQ(e, EINVAL);
	}

	/* a failing format prints nothing, even what precedes the directive */
	errno = 0;
	CHECK_EQ(printf(STR("visible? %f\n"), 1.0), -1);
	CHECK_EQ(ERRNO, EINVAL);
	CHECK_EQ(fprintf(stderr, STR("visible? %e\n"), 1.0), -1);
	return test_done();
}
