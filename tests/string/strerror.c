/* Messages are this libc's own wording, so this test is not portable. */
#include <errno.h>
#include <string.h>
#include "test.h"

int main(void)
{
	/* every errno value has a message of its own */
	int distinct = 1;
	for (int e = 0; e <= ENOTCAPABLE; e++) {
		const char *m = strerror(NUM(e));
		if (!m || !*m || !strcmp(m, "Unknown error"))
			distinct = 0;
		for (int f = 0; f < e; f++)
			if (!strcmp(m, strerror(f)))
				distinct = 0;
	}
	CHECK(distinct);
	printf("%s\n%s\n%s\n", strerror(NUM(ENOENT)), strerror(NUM(EILSEQ)), strerror(NUM(0)));
	printf("%s\n%s\n", strerror(NUM(-1)), strerror(NUM(1000)));

	/* the POSIX strerror_r: ERANGE, with as much as fits */
	char buf[64];
	CHECK_EQ(strerror_r(NUM(ENOMEM), buf, sizeof buf), 0);
	CHECK(strcmp(buf, strerror(ENOMEM)) == 0);
	CHECK_EQ(strerror_r(NUM(ENOMEM), buf, 4), ERANGE);
	CHECK(strcmp(buf, "Out") == 0);
	buf[0] = 'x';
	CHECK_EQ(strerror_r(NUM(ENOMEM), buf, 0), ERANGE);
	CHECK(buf[0] == 'x');
	CHECK_EQ(strerror_r(NUM(EPERM), buf, strlen(strerror(EPERM)) + 1), 0);

	printf("%s\n%s\n%s\n", strsignal(NUM(2)), strsignal(NUM(15)), strsignal(NUM(99)));
	return test_done();
}
