// portable
/* A program may define its own functions under POSIX names that the libc
   also defines, and its definitions win: the names are not reserved to the
   implementation by the C standard. The bottom half is one object in
   libc.a, so its functions are weak definitions (xtask/src/wasm_object.rs);
   without that, printf pulling in that object made this a duplicate-symbol
   link error. */
#include <stdio.h>

#include "test.h"

int link(const char *a, const char *b)
{
	return a[0] + b[0];
}

int symlink(const char *a, const char *b)
{
	return a[0] - b[0];
}

long send(int fd, const void *buf, unsigned long n, int flags)
{
	(void)buf;
	return fd + (long)n + flags;
}

int chdir(const char *path)
{
	return path[0];
}

int main(void)
{
	CHECK_EQ(link(STR("a"), STR("b")), 'a' + 'b');
	CHECK_EQ(symlink(STR("c"), STR("a")), 2);
	CHECK_EQ(send(NUM(1), "x", NUM(2ul), NUM(3)), 6);
	CHECK_EQ(chdir(STR("z")), 'z');
	printf("printf still works\n");
	return test_done();
}
