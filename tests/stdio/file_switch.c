// portable
// scratch
/* Update streams switch between reading and writing the way the standard
   allows: through fseek, fsetpos, rewind or fflush, or straight from
   reading to writing once input has ended. */
#include <stdio.h>
#include <string.h>

#include "test.h"

static void contents(const char *want)
{
	char got[64] = "";
	FILE *f = fopen("s", "r");
	CHECK(f != NULL);
	size_t n = fread(got, 1, sizeof got - 1, f);
	got[n] = 0;
	if (strcmp(got, want))
		printf("contents \"%s\", want \"%s\"\n", got, want);
	CHECK(!strcmp(got, want));
	CHECK(fclose(f) == 0);
}

static FILE *fresh(const char *text, const char *mode, size_t bufsize)
{
	static char buf[64];
	FILE *f = fopen("s", "w");
	CHECK(f && fputs(text, f) >= 0 && fclose(f) == 0);
	f = fopen("s", mode);
	CHECK(f != NULL);
	CHECK(setvbuf(f, bufsize ? buf : NULL, bufsize ? _IOFBF : _IONBF, bufsize) == 0);
	return f;
}

int main(void)
{
	static const size_t sizes[] = { 0, 2, 64 };
	for (size_t i = 0; i < 3; i++) {
		size_t b = sizes[i];
		printf("buffer %zu\n", b);

		/* read, seek, write, seek, read */
		FILE *f = fresh("0123456789", "r+", b);
		CHECK(fgetc(f) == '0' && fgetc(f) == '1');
		CHECK(fseek(f, 0, SEEK_CUR) == 0);
		CHECK(fputs("ab", f) >= 0);
		CHECK(fseek(f, 0, SEEK_CUR) == 0);
		CHECK(fgetc(f) == '4');
		CHECK(fclose(f) == 0);
		contents("01ab456789");

		/* write, fflush, read */
		f = fresh("0123456789", "r+", b);
		CHECK(fputs("xyz", f) >= 0);
		CHECK(fflush(f) == 0);
		CHECK(fgetc(f) == '3');
		CHECK(ftell(f) == 4);
		CHECK(fclose(f) == 0);
		contents("xyz3456789");

		/* read to the end, then write with no seek */
		f = fresh("0123", "r+", b);
		char s[16];
		CHECK(fgets(s, sizeof s, f) && !strcmp(s, "0123"));
		CHECK(fgetc(f) == EOF && feof(f));
		CHECK(fputs("45", f) >= 0);
		CHECK(ftell(f) == 6);
		CHECK(fclose(f) == 0);
		contents("012345");

		/* fsetpos and rewind also switch */
		f = fresh("abcdef", "w+", b);
		fpos_t p;
		CHECK(fputs("ABC", f) >= 0);
		CHECK(fgetpos(f, &p) == 0);
		CHECK(fputs("DEF", f) >= 0);
		rewind(f);
		CHECK(fgetc(f) == 'A');
		CHECK(fsetpos(f, &p) == 0);
		CHECK(fputc('-', f) == '-');
		rewind(f);
		CHECK(fgets(s, sizeof s, f) && !strcmp(s, "ABC-EF"));
		CHECK(fclose(f) == 0);

		/* a+: reads anywhere, writes only at the end */
		f = fresh("start", "a+", b);
		CHECK(fgetc(f) == 's');
		CHECK(fseek(f, 1, SEEK_SET) == 0);
		CHECK(fputs("END", f) >= 0);
		CHECK(ftell(f) == 8);
		CHECK(fseek(f, 2, SEEK_SET) == 0);
		CHECK(fgetc(f) == 'a');
		CHECK(fclose(f) == 0);
		contents("startEND");
	}
	return test_done();
}
