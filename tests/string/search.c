// portable
#define _GNU_SOURCE
#include <string.h>
#include <strings.h>
#include "test.h"

/* Offsets print as numbers, misses as -1, so glibc's run must agree. */
static long at(const void *base, const void *p)
{
	return p ? (long)((const char *)p - (const char *)base) : -1;
}

int main(void)
{
	const char *s = STR("hello, world; hello again");
	printf("strspn %zu %zu %zu %zu\n", strspn(s, STR("hel")), strspn(s, STR("")),
	       strspn(s, STR("h")), strspn(STR(""), STR("abc")));
	printf("strcspn %zu %zu %zu %zu\n", strcspn(s, STR(",;")), strcspn(s, STR("")),
	       strcspn(s, STR("w")), strcspn(s, STR("xyz")));
	printf("strpbrk %ld %ld %ld\n", at(s, strpbrk(s, STR(";,"))), at(s, strpbrk(s, STR("XYZ"))),
	       at(s, strpbrk(s, STR(""))));
	printf("strstr %ld %ld %ld %ld %ld %ld\n", at(s, strstr(s, STR("hello"))),
	       at(s, strstr(s, STR("again"))), at(s, strstr(s, STR(""))),
	       at(s, strstr(s, STR("worlds"))), at(s, strstr(s, STR("o, w"))),
	       at(s, strstr(s, STR("hello, world; hello again!"))));
	printf("strcasestr %ld %ld %ld %ld\n", at(s, strcasestr(s, STR("WORLD"))),
	       at(s, strcasestr(s, STR("HeLLo A"))), at(s, strcasestr(s, STR(""))),
	       at(s, strcasestr(s, STR("xx"))));
	printf("memmem %ld %ld %ld %ld %ld\n", at(s, memmem(s, 25, STR("again"), 5)),
	       at(s, memmem(s, 24, STR("again"), 5)), at(s, memmem(s, 25, STR("l"), 1)),
	       at(s, memmem(s, 25, STR("x"), 0)), at(s, memmem(s, 3, STR("hello"), 5)));
	/* memmem sees through '\0' */
	const char *nul = STR("ab\0cd\0ef");
	printf("memmem-nul %ld\n", at(nul, memmem(nul, 8, STR("\0ef"), 3)));
	printf("memrchr %ld %ld %ld\n", at(s, memrchr(s, 'l', 25)), at(s, memrchr(s, 'h', 1)),
	       at(s, memrchr(s, 'z', 25)));
	printf("strchrnul %ld %ld %ld\n", at(s, strchrnul(s, 'w')), at(s, strchrnul(s, 'z')),
	       at(s, strchrnul(s, 0)));
	printf("index %ld %ld\n", at(s, index(s, 'o')), at(s, rindex(s, 'o')));

	/* strtok skips runs of separators and empty fields */
	char buf[64];
	strcpy(buf, STR(",,a,b;;c,"));
	for (char *t = strtok(buf, STR(",;")); t; t = strtok(NULL, STR(",;")))
		printf("strtok [%s]\n", t);
	CHECK(strtok(NULL, STR(",")) == NULL);
	strcpy(buf, STR(";;;"));
	CHECK(strtok(buf, STR(";")) == NULL);
	strcpy(buf, STR("x y  z"));
	char *save;
	for (char *t = strtok_r(buf, STR(" "), &save); t; t = strtok_r(NULL, STR(" "), &save))
		printf("strtok_r [%s]\n", t);
	/* strsep keeps empty fields */
	strcpy(buf, STR(",,a,b;;c,"));
	char *rest = buf, *t;
	while ((t = strsep(&rest, STR(",;"))))
		printf("strsep [%s]\n", t);
	CHECK(rest == NULL);

	/* bytes above 0x7f are ordinary bytes */
	const char *hi = STR("a\x80\xff" "b\xff");
	printf("high %zu %zu %ld %ld\n", strspn(hi, STR("\x80" "a")), strcspn(hi, STR("\xff")),
	       at(hi, strstr(hi, STR("\xff" "b"))), at(hi, memrchr(hi, 0xff, 5)));
	return test_done();
}
