// scratch
// preopen: /tmp
// env: NAME=value
/* C leaves a program every name the C standard does not use. This one
   defines its own unlink, rmdir, lstat, getpid, clock_gettime, getentropy,
   qsort_r, read, write, close, environ and signgam, with meanings of its
   own; the C functions must neither call them nor clash with them when the
   program links. (xtask/src/test/namespace.rs checks the same on libc.a
   for every C function; this shows it on a real link.) */
#include <math.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "test.h"

struct stat;
struct timespec;

static int mine;

int unlink(const char *p) { (void)p; mine++; return -1; }
int rmdir(const char *p) { (void)p; mine++; return -1; }
int lstat(const char *p, struct stat *st) { (void)p; (void)st; mine++; return -1; }
int getpid(void) { mine++; return -1; }
int clock_gettime(clockid_t clock, struct timespec *ts) { (void)clock; (void)ts; mine++; return -1; }
int getentropy(void *buf, size_t n) { (void)buf; (void)n; mine++; return -1; }
void qsort_r(void *b, size_t n, size_t s, int (*c)(const void *, const void *, void *), void *a)
{
	(void)b; (void)n; (void)s; (void)c; (void)a;
	mine++;
}
long read(int fd, void *buf, size_t n) { (void)fd; (void)buf; (void)n; mine++; return -1; }
long write(int fd, const void *buf, size_t n) { (void)fd; (void)buf; (void)n; mine++; return -1; }
int close(int fd) { (void)fd; mine++; return -1; }
int environ = 5;
int signgam = 1234;

static int raised;
static void on_int(int sig) { raised = sig; }

static int cmp(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

int main(void)
{
	FILE *f = fopen("x", "w");
	CHECK(f && fputs("data\n", f) >= 0 && fclose(f) == 0);
	CHECK(remove("x") == 0);
	CHECK(fopen("x", "r") == NULL);

	CHECK(strcmp(getenv("NAME"), "value") == 0);
	CHECK(time(NULL) > 1000000000);
	struct timespec ts;
	CHECK(timespec_get(&ts, TIME_UTC) == TIME_UTC);

	int v[] = { 3, 1, 2 };
	qsort(v, 3, sizeof *v, cmp);
	CHECK(v[0] == 1 && v[1] == 2 && v[2] == 3);

	CHECK(lgamma(-0.5) > 1.26 && lgamma(-0.5) < 1.27);
	CHECK(signgam == 1234);

	CHECK(signal(SIGINT, on_int) != SIG_ERR);
	CHECK(raise(SIGINT) == 0 && raised == SIGINT);

	FILE *t = tmpfile();
	CHECK(t && fputs("temp\n", t) >= 0);
	char line[16] = "";
	if (t) {
		rewind(t);
		CHECK(fgets(line, sizeof line, t) && strcmp(line, "temp\n") == 0);
		CHECK(fclose(t) == 0);
	}
	CHECK(tmpnam(NULL) != NULL);

	CHECK(environ == 5);
	CHECK(mine == 0);
	return test_done();
}
