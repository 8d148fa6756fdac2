// portable
// scratch
/* putw and getw move ints as they lie in memory; a word equal to EOF is
   told from the end of the file by feof. */
#include <stdio.h>

#include "test.h"

int main(void)
{
	static const int words[] = { 0, 1, -1, 0x12345678, -2147483647 - 1 };
	FILE *f = fopen("w", "w+");
	CHECK(f != NULL);
	for (int i = 0; i < 5; i++)
		CHECK(putw(words[i], f) == 0);
	CHECK(ftell(f) == 5 * (long)sizeof(int));
	rewind(f);
	for (int i = 0; i < 5; i++)
		CHECK(getw(f) == words[i] && !feof(f));
	CHECK(getw(f) == EOF && feof(f));
	CHECK(fclose(f) == 0);
	f = fopen("w", "r");
	CHECK(putw(7, f) == EOF && ferror(f));
	CHECK(fclose(f) == 0);
	return test_done();
}
