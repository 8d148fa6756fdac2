// portable
/* fmemopen and open_memstream, where the standard and glibc agree: reads,
   writes, seeks and the NUL that follows what was written. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"

static void show(const char *what, const char *b, size_t n)
{
	printf("%s:", what);
	for (size_t i = 0; i < n; i++)
		printf(b[i] >= ' ' && b[i] < 127 ? " %c" : " %02x", (unsigned char)b[i]);
	printf("\n");
}

int main(void)
{
	char b[16];

	/* r: reads up to the size given, not to a NUL */
	memcpy(b, "one\ntwo\0three###", 16);
	FILE *f = fmemopen(b, 16, "r");
	CHECK(f != NULL);
	char s[32];
	CHECK(fgets(s, sizeof s, f) && !strcmp(s, "one\n"));
	CHECK(fread(s, 1, sizeof s, f) == 12);
	CHECK(feof(f) && !ferror(f));
	CHECK(fseek(f, -3, SEEK_END) == 0 && ftell(f) == 13);
	CHECK(fgetc(f) == '#');
	CHECK(fseek(f, 17, SEEK_SET) != 0);
	CHECK(fputc('x', f) == EOF && ferror(f));
	CHECK(fclose(f) == 0);

	/* w: truncates, then a NUL follows the text */
	memset(b, '#', 16);
	f = fmemopen(b, 16, "w");
	CHECK(f != NULL);
	CHECK(fprintf(f, "%d-%s", 42, "x") == 4);
	CHECK(fflush(f) == 0);
	show("w", b, 8);
	CHECK(fseek(f, 1, SEEK_SET) == 0);
	CHECK(fputc('Z', f) == 'Z');
	CHECK(fclose(f) == 0);
	show("w seek", b, 8);

	/* w+: read back what was written; SEEK_END is the end of the text */
	memset(b, '#', 16);
	f = fmemopen(b, 16, "w+");
	CHECK(fputs("hello", f) >= 0);
	CHECK(fseek(f, 0, SEEK_END) == 0 && ftell(f) == 5);
	rewind(f);
	CHECK(fgets(s, sizeof s, f) && !strcmp(s, "hello"));
	CHECK(fclose(f) == 0);

	/* a: starts at the first NUL and always writes at the end */
	memcpy(b, "ab\0#############", 16);
	f = fmemopen(b, 16, "a");
	CHECK(ftell(f) == 2);
	CHECK(fputs("cd", f) >= 0);
	CHECK(fseek(f, 0, SEEK_SET) == 0);
	CHECK(fputs("ef", f) >= 0);
	CHECK(fclose(f) == 0);
	show("a", b, 8);

	/* r+: writing inside the contents adds no NUL */
	memcpy(b, "abcdefghijklmnop", 16);
	f = fmemopen(b, 16, "r+");
	CHECK(fgetc(f) == 'a');
	CHECK(fseek(f, 0, SEEK_CUR) == 0);
	CHECK(fputs("XY", f) >= 0);
	CHECK(fclose(f) == 0);
	show("r+", b, 16);

	/* a buffer of fmemopen's own */
	f = fmemopen(NULL, 32, "w+");
	CHECK(f != NULL);
	CHECK(fputs("scratch", f) >= 0);
	rewind(f);
	CHECK(fscanf(f, "%31s", s) == 1 && !strcmp(s, "scratch"));
	CHECK(fclose(f) == 0);

	/* open_memstream: the size follows the position; seeking past the end
	   fills with zeros */
	char *p = NULL;
	size_t n = 99;
	f = open_memstream(&p, &n);
	CHECK(f != NULL);
	CHECK(fputs("hello world", f) >= 0);
	CHECK(fflush(f) == 0);
	CHECK(n == 11 && !strcmp(p, "hello world"));
	CHECK(fseek(f, 5, SEEK_SET) == 0 && fflush(f) == 0);
	CHECK(n == 5);
	CHECK(fputs("XY", f) >= 0 && fflush(f) == 0);
	CHECK(n == 7 && !strcmp(p, "helloXYorld"));
	CHECK(fseek(f, 20, SEEK_SET) == 0 && fflush(f) == 0);
	CHECK(n == 20);
	CHECK(fputc('!', f) == '!');
	CHECK(fclose(f) == 0);
	CHECK(n == 21 && p[11] == 0 && p[19] == 0 && p[20] == '!' && p[21] == 0);
	free(p);

	/* a lot of output, through printf */
	f = open_memstream(&p, &n);
	for (int i = 0; i < 10000; i++)
		CHECK(fprintf(f, "%d,", i) > 0);
	CHECK(fclose(f) == 0);
	CHECK(n == strlen(p) && n == 48890);
	CHECK(!strncmp(p + n - 6, ",9999,", 6));
	free(p);
	return test_done();
}
