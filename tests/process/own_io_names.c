// portable
// scratch
/* A program's own read, write, lseek, close and open do not take stdio's
   I/O: stdio calls the bottom half by reserved names (stdio_impl.h), as
   glibc's does. These names are not reserved to the implementation by the
   C standard, so a C program may define them for its own purposes. */
#include <stdio.h>
#include <string.h>

#include "test.h"

static int calls;

long write(int fd, const void *buf, unsigned long n)
{
	(void)fd;
	(void)buf;
	calls++;
	return (long)n;
}

long read(int fd, void *buf, unsigned long n)
{
	(void)fd;
	(void)buf;
	(void)n;
	calls++;
	return 0;
}

long long lseek(int fd, long long off, int whence)
{
	(void)fd;
	(void)whence;
	calls++;
	return off;
}

int close(int fd)
{
	(void)fd;
	calls++;
	return 0;
}

int open(const char *path, int flags, ...)
{
	(void)path;
	(void)flags;
	calls++;
	return -1;
}

int main(void)
{
	char line[16] = "";
	FILE *f = fopen("f", "w+");
	CHECK(f != NULL);
	if (f) {
		CHECK(fputs("data\n", f) >= 0);
		CHECK_EQ(fflush(f), 0);
		rewind(f);
		CHECK(fgets(line, sizeof line, f) && !strcmp(line, "data\n"));
		CHECK_EQ(fclose(f), 0);
	}
	printf("stdio reached the file and stdout\n");
	fflush(stdout);
	CHECK_EQ(calls, 0);
	return test_done();
}
