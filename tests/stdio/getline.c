// portable
// scratch
/* getline and getdelim: lines longer than any buffer, a last line with no
   newline, embedded NUL bytes, other delimiters, a caller's buffer that
   must grow, and end of file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"

int main(void)
{
	static const size_t lens[] = { 0, 1, 63, 64, 1023, 4095, 4096, 4097, 70000 };
	enum { N = sizeof lens / sizeof *lens };
	FILE *f = fopen("lines", "w");
	CHECK(f != NULL);
	for (size_t i = 0; i < N; i++) {
		for (size_t j = 0; j < lens[i]; j++)
			CHECK(fputc('a' + (int)((i + j) % 26), f) != EOF);
		CHECK(fputc('\n', f) == '\n');
	}
	CHECK(fwrite("nul\0in\0line\n", 1, 12, f) == 12);
	CHECK(fputs("last without newline", f) >= 0);
	CHECK(fclose(f) == 0);

	static const int bufs[] = { _IOFBF, _IONBF };
	for (int b = 0; b < 2; b++) {
		f = fopen("lines", "r");
		CHECK(f != NULL);
		CHECK(setvbuf(f, NULL, bufs[b], 0) == 0);
		char *line = NULL;
		size_t cap = 0;
		for (size_t i = 0; i < N; i++) {
			ssize_t n = getline(&line, &cap, f);
			CHECK_EQ(n, lens[i] + 1);
			CHECK(cap > (size_t)n);
			int ok = line[n - 1] == '\n' && line[n] == 0;
			for (size_t j = 0; ok && j < lens[i]; j++)
				ok = line[j] == 'a' + (int)((i + j) % 26);
			CHECK(ok);
		}
		ssize_t n = getline(&line, &cap, f);
		CHECK(n == 12 && !memcmp(line, "nul\0in\0line\n", 13));
		n = getline(&line, &cap, f);
		CHECK(n == 20 && !strcmp(line, "last without newline"));
		CHECK(getline(&line, &cap, f) == -1 && feof(f) && !ferror(f));
		free(line);

		/* getdelim with another delimiter; a small caller's buffer */
		rewind(f);
		cap = 2;
		line = malloc(cap);
		CHECK(line != NULL);
		CHECK(getdelim(&line, &cap, 'c', f) == 4 && !strcmp(line, "\nb\nc"));
		CHECK(getdelim(&line, &cap, 'c', f) == 26 && line[0] == 'd' && line[25] == 'c');
		CHECK(getdelim(&line, &cap, '\0', f) > 0);
		free(line);
		CHECK(fclose(f) == 0);
	}

	/* at end of file on the first call, the buffer may be allocated but
	   nothing is read */
	f = fopen("empty", "w+");
	CHECK(f != NULL);
	char *line = NULL;
	size_t cap = 0;
	CHECK(getline(&line, &cap, f) == -1 && feof(f));
	free(line);
	CHECK(fclose(f) == 0);

	/* getline and fgets share the stream */
	f = fopen("lines", "r");
	char s[8];
	line = NULL;
	CHECK(fgets(s, sizeof s, f) && !strcmp(s, "\n"));
	CHECK(fgets(s, 3, f) && !strcmp(s, "b\n"));
	CHECK(getline(&line, &cap, f) == 64 && line[0] == 'c');
	free(line);
	CHECK(fclose(f) == 0);
	return test_done();
}
