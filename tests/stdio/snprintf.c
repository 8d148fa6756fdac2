// portable
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

static int wrapped(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	return r;
}

static int wrapped_sprintf(char *buf, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vsprintf(buf, fmt, ap);
	va_end(ap);
	return r;
}

int main(void)
{
	char buf[16];

	/* the return value is the length the whole output would have had */
	memset(buf, '#', sizeof buf);
	CHECK_EQ(snprintf(buf, NUM((size_t)8), STR("%s-%d"), STR("abcdef"), 12345), 12);
	CHECK(strcmp(buf, "abcdef-") == 0);
	CHECK(buf[8] == '#'); /* nothing written past n */

	memset(buf, '#', sizeof buf);
	CHECK_EQ(snprintf(buf, NUM((size_t)1), STR("%s"), STR("xyz")), 3);
	CHECK(buf[0] == 0 && buf[1] == '#');

	memset(buf, '#', sizeof buf);
	CHECK_EQ(snprintf(buf, NUM((size_t)0), STR("%s"), STR("xyz")), 3);
	CHECK(buf[0] == '#');
	CHECK_EQ(snprintf((char *)KEEP(NULL), NUM((size_t)0), STR("%d%s"), 123, STR("four")), 7);

	/* exactly fitting, and one short */
	memset(buf, '#', sizeof buf);
	CHECK_EQ(snprintf(buf, NUM((size_t)6), STR("%5d"), 42), 5);
	CHECK(strcmp(buf, "   42") == 0);
	CHECK_EQ(snprintf(buf, NUM((size_t)5), STR("%5d"), 42), 5);
	CHECK(strcmp(buf, "   4") == 0);

	/* truncation in the middle of padding and of a number */
	CHECK_EQ(snprintf(buf, NUM((size_t)4), STR("%-10s|"), STR("ab")), 11);
	CHECK(strcmp(buf, "ab ") == 0);
	CHECK_EQ(snprintf(buf, NUM((size_t)3), STR("%d"), -123456), 7);
	CHECK(strcmp(buf, "-1") == 0);

	/* empty output */
	memset(buf, '#', sizeof buf);
	CHECK_EQ(snprintf(buf, sizeof buf, STR("%s"), STR("")), 0);
	CHECK(buf[0] == 0);

	/* the va_list forms */
	CHECK_EQ(wrapped(buf, sizeof buf, STR("%c%c%c"), 'a', 'b', 'c'), 3);
	CHECK(strcmp(buf, "abc") == 0);
	CHECK_EQ(wrapped(buf, 2, STR("%x"), 0xabcd), 4);
	CHECK(strcmp(buf, "a") == 0);
	CHECK_EQ(wrapped_sprintf(buf, STR("[%05.1d]"), 7), 7);
	CHECK(strcmp(buf, "[    7]") == 0);

	/* sprintf writes the terminator and returns the length without it */
	static char large[600];
	memset(large, '#', sizeof large);
	CHECK_EQ(sprintf(large, STR("%500d"), 1), 500);
	CHECK(large[499] == '1' && large[500] == 0 && large[501] == '#');

	/* a long result through a small destination */
	CHECK_EQ(snprintf(buf, sizeof buf, STR("%300s"), STR("end")), 300);
	CHECK_EQ(strlen(buf), 15);

	printf("%s\n", buf);
	return test_done();
}
