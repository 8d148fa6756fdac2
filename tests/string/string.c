// portable
#include <string.h>
#include <strings.h>
#include <stdlib.h>
#include "test.h"

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

int main(void)
{
	char buf[64];

	CHECK_EQ(strlen(STR("")), 0);
	CHECK_EQ(strlen(STR("a")), 1);
	CHECK_EQ(strlen(STR("hello, world")), 12);

	/* memcpy, memmove (both overlap directions), memset */
	strcpy(buf, STR("0123456789"));
	CHECK(memcpy(buf, STR("abc"), 3) == buf);
	CHECK(memcmp(buf, "abc3456789", 11) == 0);
	CHECK(memcpy(buf, STR("zzz"), NUM((size_t)0)) == buf);
	CHECK(buf[0] == 'a');
	strcpy(buf, STR("0123456789"));
	CHECK(memmove(buf + 2, buf, 5) == buf + 2);
	CHECK(strcmp(buf, "0101234789") == 0);
	strcpy(buf, STR("0123456789"));
	memmove(buf, buf + 3, 7);
	CHECK(strcmp(buf, "3456789789") == 0);
	CHECK(memset(buf, 'x', NUM((size_t)4)) == buf);
	CHECK(strcmp(buf, "xxxx789789") == 0);
	memset(buf, 0x1ff, 2); /* converted to unsigned char */
	CHECK((unsigned char)buf[0] == 0xff && (unsigned char)buf[1] == 0xff && buf[2] == 'x');

	/* comparisons are of unsigned char */
	CHECK(sign(memcmp(STR("\x80"), STR("\x01"), 1)) == 1);
	CHECK(sign(memcmp(STR("abc"), STR("abd"), 3)) == -1);
	CHECK(memcmp(STR("abc"), STR("abd"), 2) == 0);
	CHECK(memcmp(STR("x"), STR("y"), NUM((size_t)0)) == 0);
	CHECK(sign(strcmp(STR("\xff"), STR("a"))) == 1);
	CHECK(strcmp(STR(""), STR("")) == 0);
	CHECK(sign(strcmp(STR(""), STR("a"))) == -1);
	CHECK(sign(strcmp(STR("ab"), STR("a"))) == 1);
	CHECK(sign(strcmp(STR("abc"), STR("abd"))) == -1);
	CHECK(strncmp(STR("abcX"), STR("abcY"), 3) == 0);
	CHECK(sign(strncmp(STR("abcX"), STR("abcY"), 4)) == -1);
	CHECK(strncmp(STR("a"), STR("b"), NUM((size_t)0)) == 0);
	CHECK(strncmp(STR("same"), STR("same"), 100) == 0);
	CHECK(sign(strncmp(STR("ab"), STR("abc"), 5)) == -1);

	/* searching */
	const char *s = STR("hello");
	CHECK(strchr(s, 'l') == s + 2);
	CHECK(strrchr(s, 'l') == s + 3);
	CHECK(strchr(s, 'z') == NULL);
	CHECK(strrchr(s, 'z') == NULL);
	CHECK(strchr(s, '\0') == s + 5);
	CHECK(strrchr(s, '\0') == s + 5);
	CHECK(strchr(s, 'h' + 256) == s); /* converted to char */
	CHECK(strchr(STR("\xe9t\xe9"), 0xe9) != NULL);
	CHECK(memchr(s, 'o', 5) == s + 4);
	CHECK(memchr(s, 'o', 4) == NULL);
	CHECK(memchr(s, '\0', 6) == s + 5);
	CHECK(memchr(STR("a\xff"), -1, 2) != NULL);

	/* copying */
	CHECK(strcpy(buf, STR("")) == buf && buf[0] == 0);
	CHECK(strcpy(buf, STR("copy")) == buf && strcmp(buf, "copy") == 0);
	memset(buf, 'Q', sizeof buf);
	CHECK(strncpy(buf, STR("ab"), 5) == buf);
	CHECK(memcmp(buf, "ab\0\0\0Q", 6) == 0);
	memset(buf, 'Q', sizeof buf);
	strncpy(buf, STR("abcdef"), 3);
	CHECK(memcmp(buf, "abcQ", 4) == 0); /* not terminated */
	strncpy(buf, STR("xyz"), NUM((size_t)0));
	CHECK(buf[0] == 'a');
	strcpy(buf, STR("con"));
	CHECK(strcat(buf, STR("cat")) == buf && strcmp(buf, "concat") == 0);
	CHECK(strcmp(strcat(buf, STR("")), "concat") == 0);

	char *d = strdup(STR("duplicate"));
	CHECK(d != NULL && strcmp(d, "duplicate") == 0);
	free(d);
	d = strdup(STR(""));
	CHECK(d != NULL && d[0] == 0);
	free(d);

	/* strings.h */
	CHECK(strcasecmp(STR("HeLLo"), STR("hello")) == 0);
	CHECK(sign(strcasecmp(STR("apple"), STR("BANANA"))) == -1);
	CHECK(sign(strcasecmp(STR("Zeta"), STR("alpha"))) == 1);
	CHECK(strncasecmp(STR("ABCdef"), STR("abcXYZ"), 3) == 0);
	CHECK(sign(strncasecmp(STR("ABCdef"), STR("abcXYZ"), 4)) == -1);
	CHECK(strncasecmp(STR("a"), STR("b"), NUM((size_t)0)) == 0);
	CHECK_EQ(ffs(NUM(0)), 0);
	CHECK_EQ(ffs(NUM(1)), 1);
	CHECK_EQ(ffs(NUM(0x80)), 8);
	CHECK_EQ(ffs(NUM((int)0x80000000u)), 32);

	/* a long walk so word-at-a-time tricks, if added later, meet every
	   alignment and tail length */
	static char big[300];
	for (int a = 0; a < 16; a++) {
		for (int n = 0; n < 40; n++) {
			memset(big, 'a', sizeof big);
			big[a + n] = 0;
			if (strlen(big + a) != (size_t)n || memchr(big + a, 0, 64) != big + a + n
			    || strchr(big + a, 0) != big + a + n) {
				CHECK(!"alignment walk");
				a = 16;
				break;
			}
		}
	}
	CHECK(1);
	return test_done();
}
