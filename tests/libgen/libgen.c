// portable
/* basename and dirname on copies of each path (both may write to their
   argument), and on a null pointer. */
#include <libgen.h>
#include <string.h>
#include "test.h"

static const char *const paths[] = {
	"", "/", "//", "///", ".", "..", "usr", "usr/", "usr//", "/usr",
	"/usr/", "/usr/lib", "/usr/lib/", "usr/lib", "//usr", "//usr//lib//",
	"a/b/c", "/a", "a//b", "./a", "../..", "/.", "x/", "///usr", "////",
	"//usr/", "///a/b", "//a//",
};

int main(void)
{
	for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
		char b[32], d[32];
		strcpy(b, paths[i]);
		strcpy(d, paths[i]);
		char *bn = basename((char *)KEEP(b));
		char *dn = dirname((char *)KEEP(d));
		printf("\"%s\" basename \"%s\" dirname \"%s\"\n", paths[i], bn, dn);
		/* The result is within the argument or a constant string. */
		CHECK(bn && dn && *bn && *dn);
	}
	CHECK(!strcmp(basename(KEEP(NULL)), "."));
	CHECK(!strcmp(dirname(KEEP(NULL)), "."));
	return test_done();
}
