/* Not portable, and deliberately so: glibc prints something for several
   of these. A format the formatter refuses (an unknown conversion, a
   length modifier that does not apply, mixed or gapped positional
   arguments, an argument number above the limit) fails as a whole, with
   EINVAL and no output. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

int main(void)
{
	static const char *const formats[] = {
		"%hs", "%Ld", "%q", "%", "abc%", "%hf", "%llf", "%lp", "%Lc",
		"%1$d %d", "%d %1$d", "%2$d", "%*2$d", "%1$*d", "%65$d", "%1$d %1$f", "%0$d",
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
	CHECK_EQ(printf(STR("visible? %q\n"), 1.0), -1);
	CHECK_EQ(ERRNO, EINVAL);
	CHECK_EQ(fprintf(stderr, STR("visible? %1$d %d\n"), 1, 2), -1);
	return test_done();
}
