// portable
// scratch
/* The large-file names of glibc's _LARGEFILE64_SOURCE: with 64-bit off_t
   throughout, each is its plain counterpart. */
#define _GNU_SOURCE
#define _LARGEFILE64_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "errcheck.h"

#ifdef __wasi__
/* No header declares them: here they exist for objects built elsewhere. */
typedef fpos_t fpos64_t;
int creat64(const char *, mode_t);
FILE *fopen64(const char *, const char *);
FILE *freopen64(const char *, const char *, FILE *);
int fgetpos64(FILE *, fpos64_t *);
int fsetpos64(FILE *, const fpos64_t *);
int fseeko64(FILE *, off_t, int);
off_t ftello64(FILE *);
#endif

int main(void)
{
	fpos64_t pos;
	char buf[8] = {0};

	int fd = creat64(STR("f"), 0644);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "0123456789", 10), 10);
	CHECK_EQ(close(fd), 0);
	CHECK_ERR(creat64(STR("no/such"), 0644), ENOENT);

	FILE *f = fopen64(STR("f"), "r");
	CHECK(f != NULL);
	CHECK_EQ(fseeko64(f, 4, SEEK_SET), 0);
	CHECK_EQ(ftello64(f), 4);
	CHECK_EQ(fgetpos64(f, &pos), 0);
	CHECK_EQ(fgetc(f), '4');
	CHECK_EQ(fsetpos64(f, &pos), 0);
	CHECK_EQ(fgetc(f), '4');
	CHECK_EQ(fseeko64(f, -2, SEEK_END), 0);
	CHECK_EQ(fgetc(f), '8');
	f = freopen64(STR("f"), "r+", f);
	CHECK(f != NULL);
	CHECK_EQ(ftello64(f), 0);
	CHECK_EQ(fread(buf, 1, 3, f), 3);
	CHECK(strcmp(buf, "012") == 0);
	CHECK_EQ(fclose(f), 0);
	errno = 0;
	CHECK(fopen64(STR("missing"), "r") == NULL);
	CHECK_EQ(ERRNO, ENOENT);

	/* The directory names: dirent64, scandir64, alphasort64, versionsort64. */
	CHECK_EQ(mkdir("d", 0755), 0);
	const char *names[] = { "v10", "v9", "v1" };
	for (int i = 0; i < 3; i++) {
		snprintf(buf, sizeof buf, "d/%s", names[i]);
		fd = creat64(buf, 0644);
		CHECK(fd >= 0);
		close(fd);
	}
	struct dirent64 **list;
	int n = scandir64("d", &list, 0, alphasort64);
	int skip = 0;
	CHECK(n >= 3);
	while (skip < n && list[skip]->d_name[0] == '.')
		skip++;
	for (int i = skip; i < n; i++)
		printf("alphasort64: %s\n", list[i]->d_name);
	while (n > 0)
		free(list[--n]);
	free(list);
	n = scandir64("d", &list, 0, versionsort64);
	CHECK(n >= 3);
	for (int i = 0; i < n; i++)
		if (list[i]->d_name[0] != '.')
			printf("versionsort64: %s\n", list[i]->d_name);
	while (n > 0)
		free(list[--n]);
	free(list);
	return test_done();
}
