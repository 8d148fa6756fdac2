// scratch
// env: TMPDIR=/mytmp
/* What glibc cannot be the oracle for: tmpfile in $TMPDIR and tmpnam under
   /tmp (both present only when the preopen holds them), popen, fcloseall,
   perror, the locking and _unlocked functions, freopen, and a memory
   stream that runs out of room. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "errcheck.h"

static void slurp(const char *path, char *out, size_t n)
{
	FILE *f = fopen(path, "r");
	CHECK(f != NULL);
	size_t k = f ? fread(out, 1, n - 1, f) : 0;
	out[k] = 0;
	if (f)
		CHECK(fclose(f) == 0);
}

int main(void)
{
	char text[128];

	/* tmpfile: no $TMPDIR yet, then one */
	errno = 0;
	CHECK(tmpfile() == NULL && ERRNO == ENOENT);
	CHECK(mkdir("mytmp", 0777) == 0);
	FILE *t = tmpfile();
	CHECK(t != NULL);
	CHECK(fputs("temporary", t) >= 0);
	rewind(t);
	CHECK(fgets(text, sizeof text, t) && !strcmp(text, "temporary"));
	FILE *t2 = tmpfile();
	CHECK(t2 != NULL && t2 != t);
	/* already unlinked: the directory stays empty */
	CHECK(rmdir("mytmp") == 0);
	CHECK(fclose(t) == 0 && fclose(t2) == 0);

	/* tmpnam: only when /tmp is there */
	errno = 0;
	CHECK(tmpnam(NULL) == NULL && ERRNO == ENOENT);
	CHECK(mkdir("tmp", 0777) == 0);
	char name[L_tmpnam];
	CHECK(tmpnam(name) == name);
	CHECK(!strncmp(name, P_tmpdir "/", 5) && strlen(name) < L_tmpnam);
	char *own = tmpnam(NULL);
	CHECK(own && strcmp(own, name));
	FILE *n = fopen(name, "wx");
	CHECK(n != NULL && fclose(n) == 0 && remove(name) == 0);

	/* popen and pclose fail cleanly */
	errno = 0;
	CHECK(popen("ls", "r") == NULL && ERRNO == ENOSYS);
	CHECK_ERR(pclose(stdin), ENOSYS);

	/* the standard streams' descriptors; locks that never block */
	CHECK(fileno(stdin) == 0 && fileno(stdout) == 1 && fileno(stderr) == 2);
	flockfile(stdout);
	CHECK(ftrylockfile(stdout) == 0);
	funlockfile(stdout);
	funlockfile(stdout);

	/* the _unlocked functions are the same functions */
	FILE *f = fopen("u", "w+");
	CHECK(f != NULL);
	CHECK(fputc_unlocked('a', f) == 'a' && putc_unlocked('b', f) == 'b');
	CHECK(fputs_unlocked("cd", f) >= 0 && fwrite_unlocked("ef", 1, 2, f) == 2);
	CHECK(fflush_unlocked(f) == 0 && fileno_unlocked(f) == fileno(f));
	rewind(f);
	CHECK(fgetc_unlocked(f) == 'a' && getc_unlocked(f) == 'b');
	CHECK(fgets_unlocked(text, 3, f) && !strcmp(text, "cd"));
	CHECK(fread_unlocked(text, 1, 4, f) == 2 && !memcmp(text, "ef", 2));
	CHECK(feof_unlocked(f) && !ferror_unlocked(f));
	clearerr_unlocked(f);
	CHECK(!feof(f));

	/* setbuf, setbuffer, setlinebuf */
	FILE *g = fopen("b", "w");
	static char big[BUFSIZ];
	setbuf(g, big);
	CHECK(fputs("held", g) >= 0);
	slurp("b", text, sizeof text);
	CHECK(!strcmp(text, ""));
	CHECK(fclose(g) == 0);
	g = fopen("b", "w");
	setlinebuf(g);
	CHECK(fputs("one\ntwo", g) >= 0);
	slurp("b", text, sizeof text);
	CHECK(!strncmp(text, "one\n", 4));
	CHECK(fclose(g) == 0);
	g = fopen("b", "w");
	setbuffer(g, NULL, 0);
	CHECK(fputs("now", g) >= 0);
	slurp("b", text, sizeof text);
	CHECK(!strcmp(text, "now"));
	CHECK(fclose(g) == 0);

	/* perror, through stderr sent to a file by freopen */
	CHECK(freopen("err", "w", stderr) == stderr);
	errno = ENOENT;
	perror("opening");
	errno = EBADF;
	perror(NULL);
	CHECK(fclose(stderr) == 0);
	slurp("err", text, sizeof text);
	char want[128];
	snprintf(want, sizeof want, "opening: %s\n%s\n", strerror(ENOENT), strerror(EBADF));
	CHECK(!strcmp(text, want));

	/* freopen with no path changes the mode only; with a bad path the
	   stream is closed */
	CHECK(freopen(NULL, "r", f) == f);
	rewind(f);
	CHECK(fgetc(f) == 'a');
	CHECK(fputc('x', f) == EOF);
	errno = 0;
	CHECK(freopen("missing", "r", f) == NULL && ERRNO == ENOENT);

	/* fcloseall closes what fopen opened and flushes the rest */
	FILE *a = fopen("c1", "w"), *b = fopen("c2", "w");
	CHECK(a && b && fputs("A", a) >= 0 && fputs("B", b) >= 0);
	CHECK(fcloseall() == 0);
	slurp("c1", text, sizeof text);
	CHECK(!strcmp(text, "A"));
	slurp("c2", text, sizeof text);
	CHECK(!strcmp(text, "B"));

	/* a memory stream that runs out of room: the text is cut, a NUL kept,
	   and the loss is reported by the write and again by fclose */
	char m[6];
	f = fmemopen(m, sizeof m, "w");
	errno = 0;
	CHECK(fputs("overflowing", f) == EOF && ERRNO == ENOSPC && ferror(f));
	CHECK(!strcmp(m, "overf"));
	CHECK(fclose(f) == EOF);

	/* memory streams need no descriptor and survive fcloseall's list */
	char *p;
	size_t sz;
	f = open_memstream(&p, &sz);
	CHECK(f && fputc('x', f) == 'x' && fgetc(f) == EOF && ferror(f));
	CHECK(fclose(f) == 0 && sz == 1 && !strcmp(p, "x"));
	free(p);
	return test_done();
}
