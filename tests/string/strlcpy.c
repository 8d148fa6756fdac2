/* glibc before 2.38 lacks these, so this test runs under wasm only. */
#include <string.h>
#include "test.h"

int main(void)
{
	char buf[8];
	memset(buf, 'Q', sizeof buf);
	CHECK_EQ(strlcpy(buf, STR("hello"), sizeof buf), 5);
	CHECK(strcmp(buf, "hello") == 0);
	CHECK_EQ(strlcpy(buf, STR("truncated"), sizeof buf), 9);
	CHECK(strcmp(buf, "truncat") == 0);
	buf[0] = 'Z';
	CHECK_EQ(strlcpy(buf, STR("abc"), NUM((size_t)0)), 3);
	CHECK(buf[0] == 'Z');

	strcpy(buf, STR("ab"));
	CHECK_EQ(strlcat(buf, STR("cd"), sizeof buf), 4);
	CHECK(strcmp(buf, "abcd") == 0);
	CHECK_EQ(strlcat(buf, STR("efghij"), sizeof buf), 10);
	CHECK(strcmp(buf, "abcdefg") == 0);
	/* no terminator within size: nothing written, size + strlen(src) */
	memset(buf, 'Q', sizeof buf);
	CHECK_EQ(strlcat(buf, STR("xy"), 4), 6);
	CHECK(buf[0] == 'Q' && buf[3] == 'Q');
	return test_done();
}
