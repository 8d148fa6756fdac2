// portable
#include <stdio.h>
#include <string.h>
#include "test.h"

int main(void)
{
	CHECK(puts(STR("puts adds a newline")) >= 0);
	CHECK(puts(STR("")) >= 0);
	CHECK_EQ(putchar('p'), 'p');
	CHECK_EQ(putchar(NUM(0x100 + 'q')), 'q'); /* converted to unsigned char */
	CHECK_EQ(putchar('\n'), '\n');
	CHECK(fputs(STR("fputs adds nothing"), stdout) >= 0);
	CHECK(fputs(STR(""), stdout) >= 0);
	CHECK_EQ(fputc('!', stdout), '!');
	CHECK_EQ(putc('\n', stdout), '\n');
	CHECK_EQ(fputc(NUM(-1), stdout), 255);
	CHECK_EQ(putc('\n', stdout), '\n');

	const char rec[] = "0123456789";
	CHECK_EQ(fwrite(rec, 2, 5, stdout), 5);
	CHECK_EQ(fwrite(rec, 1, 0, stdout), 0);
	CHECK_EQ(fwrite(rec, 0, 3, stdout), 0);
	CHECK_EQ(fwrite("\n", 1, 1, stdout), 1);

	/* more than any buffer holds, in one call and in many */
	static char big[10000];
	memset(big, 'b', sizeof big - 1);
	big[sizeof big - 2] = '\n';
	CHECK_EQ(fwrite(big, 1, sizeof big - 1, stdout), sizeof big - 1);
	for (int i = 0; i < 3000; i++)
		putchar(i % 100 == 99 ? '\n' : 'a' + i % 26);

	CHECK_EQ(fflush(stdout), 0);
	CHECK_EQ(fflush(NULL), 0);
	CHECK(!ferror(stdout));
	CHECK(!feof(stdout));
	return test_done();
}
