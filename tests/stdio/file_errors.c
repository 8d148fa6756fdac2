// portable
// scratch
/* The error paths of the stream functions: what fails, with which errno,
   and that the stream's error flag records it. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include "errcheck.h"

/* errno after a call that returns a pointer */
#define CHECK_NULL(call, e) do { \
	errno = 0; \
	void *test_p_ = (void *)(call); \
	int test_e_ = ERRNO; \
	CHECK(test_p_ == NULL); \
	if (test_e_ != (e)) \
		printf("%s: errno %s, want %s\n", #call, errname(test_e_), errname(e)); \
	CHECK(test_e_ == (e)); \
} while (0)

int main(void)
{
	/* opening */
	CHECK_NULL(fopen(STR("missing"), "r"), ENOENT);
	CHECK_NULL(fopen(STR("missing"), "r+"), ENOENT);
	CHECK_NULL(fopen(STR("nodir/file"), "w"), ENOENT);
	CHECK_NULL(fopen(STR("x"), "z"), EINVAL);
	FILE *f = fopen("exists", "wx");
	CHECK(f != NULL && fputs("data\n", f) >= 0 && fclose(f) == 0);
	CHECK_NULL(fopen(STR("exists"), "wx"), EEXIST);
	CHECK_NULL(fopen(STR("exists"), "w+x"), EEXIST);
	CHECK_NULL(fopen(STR("exists"), "ax"), EEXIST);
	CHECK(mkdir("dir", 0777) == 0);
	CHECK_NULL(fopen(STR("dir"), "w"), EISDIR);

	/* fdopen of a descriptor that is not open */
	int fd = open("exists", O_RDONLY);
	CHECK(fd >= 0 && close(fd) == 0);
	CHECK_NULL(fdopen(fd, "r"), EBADF);
	CHECK_NULL(fdopen(NUM(99), "w"), EBADF);

	/* writing a read-only stream */
	f = fopen("exists", "r");
	CHECK(f != NULL);
	errno = 0;
	CHECK(fputc('x', f) == EOF && ERRNO == EBADF && ferror(f));
	clearerr(f);
	CHECK(!ferror(f));
	CHECK(fputs("x", f) == EOF && ferror(f));
	clearerr(f);
	CHECK(fwrite("xy", 1, 2, f) == 0 && ferror(f));
	clearerr(f);
	CHECK(fprintf(f, "%d", 1) < 0 && ferror(f));
	clearerr(f);
	/* reading still works, and closing it reports nothing */
	CHECK(fgetc(f) == 'd');
	CHECK(fclose(f) == 0);

	/* reading a write-only stream */
	f = fopen("exists", "a");
	CHECK(f != NULL);
	errno = 0;
	CHECK(fgetc(f) == EOF && ERRNO == EBADF && ferror(f) && !feof(f));
	clearerr(f);
	char buf[8];
	CHECK(fread(buf, 1, 8, f) == 0 && ferror(f));
	clearerr(f);
	CHECK(fgets(buf, 8, f) == NULL && ferror(f));
	CHECK(fclose(f) == 0);

	/* a write that fails at the flush: buffered data cannot be lost
	   silently, so fflush and fclose report it */
	f = fopen("out", "w");
	CHECK(f != NULL);
	CHECK(fputs("buffered", f) >= 0);
	CHECK(!ferror(f));
	CHECK(close(fileno(f)) == 0);
	errno = 0;
	CHECK(fflush(f) == EOF && ERRNO == EBADF && ferror(f));
	CHECK(fputs("more", f) >= 0);
	CHECK(fclose(f) == EOF);

	/* unbuffered, the write itself fails */
	f = fopen("out", "w");
	CHECK(f != NULL && setvbuf(f, NULL, _IONBF, 0) == 0);
	CHECK(close(fileno(f)) == 0);
	errno = 0;
	CHECK(fputc('x', f) == EOF && ERRNO == EBADF && ferror(f));
	CHECK(fclose(f) == EOF);

	/* line buffered, the newline's flush fails */
	f = fopen("out", "w");
	CHECK(f != NULL && setvbuf(f, NULL, _IOLBF, 0) == 0);
	CHECK(close(fileno(f)) == 0);
	CHECK(fputs("no newline", f) >= 0);
	CHECK(fputs("line\n", f) == EOF && ferror(f));
	CHECK(fclose(f) == EOF);

	/* a stream without a descriptor */
	f = fmemopen(buf, sizeof buf, "r");
	CHECK(f != NULL);
	CHECK_ERR(fileno(f), EBADF);
	CHECK(fclose(f) == 0);

	/* remove: files and empty directories */
	CHECK(remove("exists") == 0);
	CHECK_ERR(remove(STR("exists")), ENOENT);
	CHECK(fopen("dir/inner", "w") && fcloseall() == 0);
	CHECK_ERR(remove(STR("dir")), ENOTEMPTY);
	CHECK(remove("dir/inner") == 0);
	CHECK(remove("dir") == 0);
	CHECK_ERR(rename(STR("dir"), STR("dir2")), ENOENT);
	return test_done();
}
