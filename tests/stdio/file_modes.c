// portable
// scratch
/* Every fopen mode under every kind of buffering: what a stream reads from
   a known file, where it writes, and what the file holds afterwards. */
#include <stdio.h>
#include <string.h>

#include "test.h"

static const char *const modes[] = {
	"r", "r+", "w", "w+", "a", "a+", "rb", "r+b", "rb+", "wb", "w+b",
	"ab", "a+b", "re", "we+", "ae",
};

/* Buffering: the default, full with a buffer smaller than the data, full
   with a large one, line, none. */
enum { DEFAULT, FULL_SMALL, FULL_LARGE, LINE, NONE, NBUF };
static const char *const bufname[] = { "default", "full5", "full4k", "line", "none" };

static void reset(void)
{
	FILE *f = fopen("f", "w");
	CHECK(f != NULL);
	CHECK(fputs("hello\nworld\n", f) >= 0);
	CHECK(fclose(f) == 0);
}

static void show_file(void)
{
	FILE *f = fopen("f", "r");
	CHECK(f != NULL);
	printf(" file=\"");
	for (int c; (c = fgetc(f)) != EOF;)
		printf(c == '\n' ? "\\n" : "%c", c);
	printf("\"\n");
	CHECK(fclose(f) == 0);
}

int main(void)
{
	static char small[5], large[4096];
	for (size_t m = 0; m < sizeof modes / sizeof *modes; m++) {
		for (int b = 0; b < NBUF; b++) {
			reset();
			const char *mode = modes[m];
			FILE *f = fopen(STR("f"), mode);
			CHECK(f != NULL);
			if (!f)
				continue;
			int r = 0;
			if (b == FULL_SMALL)
				r = setvbuf(f, small, _IOFBF, sizeof small);
			else if (b == FULL_LARGE)
				r = setvbuf(f, large, _IOFBF, sizeof large);
			else if (b == LINE)
				r = setvbuf(f, NULL, _IOLBF, 0);
			else if (b == NONE)
				r = setvbuf(f, NULL, _IONBF, 0);
			CHECK(r == 0);
			int readable = mode[0] == 'r' || strchr(mode, '+');
			int writable = mode[0] != 'r' || strchr(mode, '+');
			printf("%-4s %-7s start=%ld", mode, bufname[b], ftell(f));
			if (readable) {
				char got[4] = "";
				for (int i = 0; i < 3; i++) {
					int c = fgetc(f);
					got[i] = c == EOF ? '.' : c == '\n' ? '|' : (char)c;
				}
				printf(" read=%s eof=%d at=%ld", got, feof(f) != 0, ftell(f));
			}
			if (writable) {
				if (readable)
					CHECK(fseek(f, 0, SEEK_CUR) == 0);
				CHECK(fputs("XY\nZ", f) >= 0);
				printf(" wrote at=%ld", ftell(f));
				CHECK(fputc('!', f) == '!');
				CHECK(fwrite("12", 1, 2, f) == 2);
				printf(" then=%ld", ftell(f));
			}
			if (readable && writable) {
				/* back to reading after a seek */
				CHECK(fseek(f, 1, SEEK_SET) == 0);
				int c = fgetc(f);
				printf(" byte1=%c", c == '\n' ? '|' : c);
			}
			CHECK(!ferror(f));
			CHECK(fclose(f) == 0);
			show_file();
		}
	}
	return test_done();
}
