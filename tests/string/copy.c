// portable
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include "test.h"

void swab(const void *__restrict, void *__restrict, ssize_t);

static void show(const char *what, const char *buf, size_t n)
{
	printf("%s:", what);
	for (size_t i = 0; i < n; i++)
		printf(buf[i] >= ' ' && buf[i] < 127 ? "%c" : "\\%o", buf[i] & 0xff);
	printf("\n");
}

int main(void)
{
	char buf[32];

	memset(buf, '.', sizeof buf);
	char *e = stpcpy(buf, STR("abc"));
	CHECK(e == buf + 3 && *e == 0);
	e = stpcpy(e, STR("de"));
	CHECK(e == buf + 5);
	show("stpcpy", buf, 8);

	memset(buf, '.', sizeof buf);
	CHECK(stpncpy(buf, STR("abc"), 6) == buf + 3);
	show("stpncpy pad", buf, 8);
	memset(buf, '.', sizeof buf);
	CHECK(stpncpy(buf, STR("abcdef"), 4) == buf + 4);
	show("stpncpy cut", buf, 8);

	strcpy(buf, STR("ab"));
	CHECK(strncat(buf, STR("cdef"), 2) == buf);
	show("strncat", buf, 6);
	strncat(buf, STR("x"), 10);
	strncat(buf, STR("yz"), NUM((size_t)0));
	show("strncat2", buf, 7);

	char *d = strndup(STR("duplicate"), 3);
	CHECK(d && strcmp(d, "dup") == 0);
	free(d);
	d = strndup(STR("du"), 30);
	CHECK(d && strcmp(d, "du") == 0);
	free(d);
	/* strndup reads no further than n, so the source need not end */
	char raw[3] = { 'x', 'y', 'z' };
	/* KEEP: clang would otherwise turn this strndup into a strdup of a
	   string it wrongly takes to be terminated. */
	d = strndup(KEEP(raw), 3);
	CHECK(d && strcmp(d, "xyz") == 0);
	free(d);
	CHECK_EQ(strnlen(raw, 3), 3);
	CHECK_EQ(strnlen(STR("abc"), 10), 3);
	CHECK_EQ(strnlen(STR("abc"), 0), 0);

	memset(buf, '.', sizeof buf);
	char *m = memccpy(buf, STR("key=value"), '=', 9);
	CHECK(m == buf + 4);
	show("memccpy", buf, 6);
	CHECK(memccpy(buf, STR("abc"), 'z', 3) == NULL);
	CHECK(mempcpy(buf, STR("xyz"), 3) == buf + 3);

	strcpy(buf, STR("0123456789"));
	bcopy(buf, buf + 2, 5);
	show("bcopy", buf, 10);
	bzero(buf + 1, 3);
	show("bzero", buf, 10);
	explicit_bzero(buf, 5);
	show("explicit_bzero", buf, 10);
	memset(buf, 0, sizeof buf);
	swab(STR("abcdefg"), buf, 7);
	show("swab", buf, 8);
	swab(STR("abcd"), buf, NUM((ssize_t)-1));
	show("swab neg", buf, 8);

	CHECK_EQ(ffsl(NUM(0L)), 0);
	CHECK_EQ(ffsl(NUM(0x100L)), 9);
	CHECK_EQ(ffsll(NUM(0LL)), 0);
	CHECK_EQ(ffsll(NUM(1LL << 40)), 41);
	CHECK_EQ(ffsll(NUM((long long)(1ULL << 63))), 64);
	CHECK(bcmp(STR("abc"), STR("abd"), 2) == 0 && bcmp(STR("abc"), STR("abd"), 3) != 0);

	CHECK(strcoll(STR("a"), STR("b")) < 0 && strcoll(STR("b"), STR("b")) == 0);
	memset(buf, '.', sizeof buf);
	CHECK_EQ(strxfrm(buf, STR("hello"), 10), 5);
	CHECK(strcmp(buf, "hello") == 0);
	CHECK_EQ(strxfrm(NULL, STR("hello"), 0), 5);
	return test_done();
}
