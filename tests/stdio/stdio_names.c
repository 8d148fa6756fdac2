// scratch
/* Names the reference libc exports beside the standard ones: fgetln,
   fpurge, __freadahead, __freadptr, __freadptrinc, __fseterr, glibc's _IO_
   entry points, iprintf and __small_printf. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdio_ext.h>
#include <string.h>

#include "test.h"

int _IO_getc(FILE *);
int _IO_getc_unlocked(FILE *);
int _IO_putc(int, FILE *);
int _IO_putc_unlocked(int, FILE *);
int _IO_feof_unlocked(FILE *);
int _IO_ferror_unlocked(FILE *);
int iprintf(const char *, ...);
int __small_printf(const char *, ...);
int fpurge(FILE *);

int main(void)
{
	FILE *f = fopen("l", "w+");
	CHECK(f != NULL);
	CHECK_EQ(_IO_putc('a', f), 'a');
	CHECK_EQ(_IO_putc_unlocked('\n', f), '\n');
	for (int i = 0; i < 5000; i++)
		CHECK_EQ(fputc('0' + i % 10, f), '0' + i % 10);
	CHECK(fputs("\nlast", f) >= 0);
	rewind(f);
	CHECK_EQ(_IO_getc(f), 'a');
	CHECK_EQ(_IO_getc_unlocked(f), '\n');

	/* a line longer than the buffer, then one without a newline */
	size_t n = 0;
	char *line = fgetln(f, &n);
	CHECK(line != NULL);
	CHECK_EQ(n, 5001);
	CHECK(line && line[0] == '0' && line[4999] == '9' && line[5000] == '\n');
	line = fgetln(f, &n);
	CHECK(line != NULL);
	CHECK_EQ(n, 4);
	CHECK(line && memcmp(line, "last", 4) == 0);
	CHECK(fgetln(f, &n) == NULL);
	CHECK(_IO_feof_unlocked(f));
	CHECK(!_IO_ferror_unlocked(f));

	/* short lines come straight from the buffer */
	rewind(f);
	line = fgetln(f, &n);
	CHECK(line != NULL && n == 2 && line[0] == 'a');
	CHECK_EQ(fgetc(f), '0');
	CHECK_EQ(fpurge(f), 0);

	/* musl's stdio_ext.h additions: buffered input read in place */
	rewind(f);
	CHECK_EQ(fgetc(f), 'a');
	CHECK_EQ(__freadahead(f), 4096 - 1);
	const char *p = __freadptr(f, &n);
	CHECK(p != NULL);
	CHECK_EQ(n, 4095);
	CHECK(p && memcmp(p, "\n012", 4) == 0);
	__freadptrinc(f, 3);
	CHECK_EQ(fgetc(f), '2');
	CHECK_EQ(fpurge(f), 0);
	CHECK_EQ(__freadahead(f), 0);
	CHECK(__freadptr(f, &n) == NULL);
	CHECK(!ferror(f));
	__fseterr(f);
	CHECK(ferror(f));
	CHECK(fclose(f) == 0);

	CHECK_EQ(iprintf("%s %d\n", "iprintf", 1), 10);
	CHECK_EQ(__small_printf("%s %d\n", "small", 2), 8);
	return test_done();
}
