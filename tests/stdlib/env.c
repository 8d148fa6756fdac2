// portable
// env: FIRST=1
// env: SECOND=two
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "errcheck.h"
#include "test.h"

static int count(const char *name)
{
	size_t n = strlen(name), c = 0;
	for (char **e = environ; e && *e; e++)
		c += !strncmp(*e, name, n) && (*e)[n] == '=';
	return (int)c;
}

int main(void)
{
	CHECK(!strcmp(getenv(STR("FIRST")), "1"));
	CHECK(!strcmp(secure_getenv(STR("SECOND")), "two"));

	CHECK_EQ(setenv("NEW", "a", 0), 0);
	CHECK(!strcmp(getenv("NEW"), "a"));
	CHECK_EQ(setenv("NEW", "b", 0), 0);
	CHECK(!strcmp(getenv("NEW"), "a"));
	CHECK_EQ(setenv("NEW", "c", 1), 0);
	CHECK(!strcmp(getenv("NEW"), "c"));
	CHECK_EQ(setenv("FIRST", "", 1), 0);
	CHECK(!strcmp(getenv("FIRST"), ""));
	CHECK_EQ(count("NEW"), 1);
	CHECK_ERR(setenv("", "x", 1), EINVAL);
	CHECK_ERR(setenv("A=B", "x", 1), EINVAL);
	CHECK_ERR(setenv(NULL, "x", 1), EINVAL);
	CHECK_ERR(unsetenv(""), EINVAL);
	CHECK_ERR(unsetenv("A=B"), EINVAL);

	for (int i = 0; i < 200; i++) {
		char name[16], value[16];
		snprintf(name, sizeof name, "V%d", i);
		snprintf(value, sizeof value, "%d", i * i);
		CHECK_EQ(setenv(name, value, 1), 0);
	}
	CHECK(!strcmp(getenv("V150"), "22500"));
	for (int i = 0; i < 200; i += 2) {
		char name[16];
		snprintf(name, sizeof name, "V%d", i);
		CHECK_EQ(unsetenv(name), 0);
	}
	CHECK(getenv("V150") == NULL);
	CHECK(!strcmp(getenv("V151"), "22801"));

	static char put[] = "PUT=one";
	CHECK_EQ(putenv(put), 0);
	CHECK(getenv("PUT") == put + 4);
	put[4] = 'X';
	CHECK(!strcmp(getenv("PUT"), "Xne"));
	CHECK_EQ(setenv("PUT", "two", 1), 0);
	CHECK(!strcmp(getenv("PUT"), "two"));
	CHECK(!strcmp(put, "PUT=Xne"));
	static char put2[] = "PUT=three";
	CHECK_EQ(putenv(put2), 0);
	CHECK(!strcmp(getenv("PUT"), "three"));
	CHECK_EQ(unsetenv("PUT"), 0);
	CHECK(getenv("PUT") == NULL);
	CHECK_EQ(unsetenv("NOT_THERE"), 0);

	CHECK_EQ(clearenv(), 0);
	CHECK(getenv("SECOND") == NULL);
	CHECK(getenv("NEW") == NULL);
	CHECK_EQ(setenv("AFTER", "clear", 1), 0);
	CHECK(!strcmp(getenv("AFTER"), "clear"));
	CHECK_EQ(count("AFTER"), 1);
	CHECK(environ[0] && !environ[1]);
	return test_done();
}
