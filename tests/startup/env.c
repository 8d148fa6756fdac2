// portable
// env: ALPHA=1
// env: BETA=two=2
// env: EMPTY=
// env: ALPHABET=abc
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

/* POSIX has the application declare it; glibc hides it otherwise. */
extern char **environ;

static void show(const char *name)
{
	const char *v = getenv(name);
	printf("%s -> %s%s%s\n", name, v ? "\"" : "", v ? v : "(unset)", v ? "\"" : "");
}

int main(void)
{
	show(STR("ALPHA"));
	show(STR("BETA"));
	show(STR("EMPTY"));
	show(STR("ALPHABET"));
	show(STR("ALPH"));      /* a prefix of a name is not the name */
	show(STR("ALPHA=1"));   /* a name never contains '=' */
	show(STR("NOT_SET_ANYWHERE"));
	show(STR(""));

	/* getenv returns a pointer into the environment itself */
	int found = 0;
	for (char **e = environ; *e; e++) {
		if (strcmp(*e, "BETA=two=2") == 0) {
			found++;
			CHECK(getenv(STR("BETA")) == *e + 5);
		}
	}
	CHECK_EQ(found, 1);
	return test_done();
}
