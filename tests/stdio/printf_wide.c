/* %lc and %ls encode UTF-8 (the locale is always UTF-8 here, where glibc's
   "C" locale refuses anything beyond ASCII), and %m. */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

int main(void)
{
	char out[64];
	static const wchar_t text[] = { 'a', 0xe9, 0x20ac, 0x1f600, 0 };
	int n = snprintf(out, sizeof out, STR("[%ls] [%lc%lc] [%8ls] [%-6.3ls] [%.5ls]"),
			 text, (unsigned)0xe9, (unsigned)'x', text, text, text);
	printf("%s %d\n", out, n);

	static const wchar_t bad[] = { 'a', 0xd800, 0 };
	errno = 0;
	CHECK_EQ(snprintf(out, sizeof out, STR("%ls"), bad), -1);
	CHECK_EQ(ERRNO, EILSEQ);
	errno = 0;
	CHECK_EQ(snprintf(out, sizeof out, STR("%lc"), (unsigned)0x110000), -1);
	CHECK_EQ(ERRNO, EILSEQ);

	errno = EBADF;
	n = snprintf(out, sizeof out, STR("%m|%5.3m"));
	printf("%%m: %d\n", n > 0);
	return test_done();
}
