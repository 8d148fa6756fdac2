// portable
// scratch
/* freopen moves a stream, the standard ones included, to another file
   and mode; the FILE stays the same. */
#include <stdio.h>
#include <string.h>

#include "test.h"

int main(void)
{
	FILE *f = fopen("in", "w");
	CHECK(f && fputs("42 forty-two\nrest\n", f) >= 0 && fclose(f) == 0);

	CHECK(freopen("in", "r", stdin) == stdin);
	int n;
	char word[32];
	CHECK(scanf("%d %31s", &n, word) == 2);
	printf("read %d %s\n", n, word);
	CHECK(getchar() == '\n');
	char line[32];
	CHECK(fgets(line, sizeof line, stdin) && !strcmp(line, "rest\n"));
	CHECK(getchar() == EOF && feof(stdin));

	/* a write-only stream becomes an update stream on another file */
	f = fopen("a", "w");
	CHECK(f && fputs("to a", f) >= 0);
	CHECK(freopen("b", "w+", f) == f);
	CHECK(!feof(f) && !ferror(f));
	CHECK(fputs("to b", f) >= 0);
	rewind(f);
	CHECK(fgets(line, sizeof line, f) && !strcmp(line, "to b"));
	CHECK(fclose(f) == 0);

	/* the first file got what was buffered before the switch */
	f = fopen("a", "r");
	CHECK(f && fgets(line, sizeof line, f) && !strcmp(line, "to a"));
	CHECK(fclose(f) == 0);

	/* appending to what is there */
	f = fopen("a", "r");
	CHECK(freopen("a", "a", f) == f);
	CHECK(ftell(f) == 4);
	CHECK(fputs("!", f) >= 0 && fclose(f) == 0);
	f = fopen("a", "r");
	CHECK(f && fgets(line, sizeof line, f) && !strcmp(line, "to a!"));
	CHECK(fclose(f) == 0);

	/* a file that cannot be opened: NULL, and the stream is closed */
	f = fopen("a", "r");
	errno = 0;
	CHECK(freopen("missing", "r", f) == NULL && ERRNO == ENOENT);
	return test_done();
}
