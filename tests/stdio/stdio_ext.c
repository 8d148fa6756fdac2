// portable
// scratch
/* The stdio_ext.h queries and controls, as glibc answers them: buffer
   size and mode, pending output, buffered input read in place, purging,
   the error flag; and ecvt, fcvt, gcvt where glibc rounds exactly. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"

static void ext(void)
{
	static char buf[64];
	FILE *f = fopen("x", "w+");
	CHECK(f != NULL);
	CHECK(!__flbf(f));
	CHECK(__freadable(f));
	CHECK(__fwritable(f));
	CHECK(fputs("hello\nworld\n", f) >= 0);
	CHECK(__fwriting(f));
	CHECK(!__freading(f));
	CHECK_EQ(__fpending(f), 12);
	CHECK(fflush(f) == 0);
	CHECK_EQ(__fpending(f), 0);
	CHECK(fputs("dropped", f) >= 0);
	__fpurge(f);   /* void in glibc */
	CHECK_EQ(__fpending(f), 0);
	rewind(f);

	CHECK_EQ(fgetc(f), 'h');
	CHECK(__freading(f));
	CHECK(!__fwriting(f));
	__fpurge(f);   /* void in glibc */
	CHECK_EQ(fgetc(f), EOF);   /* the rest was in the buffer */
	CHECK(fclose(f) == 0);

	f = fopen("x", "r");
	CHECK(f != NULL);
	CHECK(!__fwritable(f));
	CHECK(__freading(f));
	CHECK(setvbuf(f, buf, _IOLBF, sizeof buf) == 0);
	CHECK(__flbf(f));
	CHECK_EQ(__fbufsize(f), 64);
	CHECK_EQ(__fsetlocking(f, FSETLOCKING_QUERY), FSETLOCKING_INTERNAL);
	CHECK(fclose(f) == 0);

	f = fopen("x", "a");
	CHECK(f != NULL);
	CHECK(!__freadable(f));
	CHECK(__fwriting(f));
	CHECK(setvbuf(f, NULL, _IOLBF, 32) == 0);
	CHECK(fputs("line", f) >= 0);
	CHECK_EQ(__fpending(f), 4);
	_flushlbf();
	CHECK_EQ(__fpending(f), 0);
	CHECK(fclose(f) == 0);
}

static void cvt(void)
{
	static const double v[] = { 0, 1, -1.5, 0.0123, 123.456, 1e10, 0.5, 1e-5, 9.996 };
	static const int nd[] = { 0, 1, 3, 6 };
	for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
		for (size_t j = 0; j < sizeof nd / sizeof *nd; j++) {
			int d, s;
			char e[32], g[32];
			/* glibc's ecvt gives two digits when one rounds up */
			if (v[i] == 9.996 && nd[j] > 0 && nd[j] < 4)
				continue;
			strcpy(e, ecvt(v[i], nd[j], &d, &s));
			printf("%g %d: ecvt \"%s\" %d %d", v[i], nd[j], e, d, s);
			char *fc = fcvt(v[i], nd[j], &d, &s);
			printf(" fcvt \"%.20s\"%s %d %d", fc, strlen(fc) > 20 ? "..." : "", d, s);
			printf(" gcvt \"%s\"\n", gcvt(v[i], nd[j] ? nd[j] : 1, g));
		}
	}
	int d, s;
	CHECK(strcmp(fcvt(1e300, 2, &d, &s) + 301, "00") == 0);
	CHECK_EQ(d, 301);
}

int main(void)
{
	ext();
	cvt();
	return test_done();
}
