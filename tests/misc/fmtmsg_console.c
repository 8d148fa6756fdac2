// scratch
/* There is no console under WASI: asking for one is MM_NOCON, and when
   printing fails too, MM_NOTOK. */
#include <fmtmsg.h>
#include <stdio.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	CHECK_EQ(fmtmsg(MM_CONSOLE, "A:b", MM_ERROR, "t", NULL, NULL), MM_NOCON);
	CHECK(freopen("err.txt", "w", stderr) != NULL);
	CHECK_EQ(fmtmsg(MM_CONSOLE | MM_PRINT, "A:b", MM_ERROR, "t", NULL, NULL), MM_NOCON);
	fflush(stderr);
	FILE *f = fopen("err.txt", "r");
	char buf[64] = "";
	CHECK(f && fgets(buf, sizeof buf, f));
	printf("%s", buf);
	/* Printing to a stream that cannot be written fails. */
	CHECK(freopen("err.txt", "r", stderr) != NULL);
	CHECK_EQ(fmtmsg(MM_PRINT, "A:b", MM_ERROR, "t", NULL, NULL), MM_NOMSG);
	CHECK_EQ(fmtmsg(MM_PRINT | MM_CONSOLE, "A:b", MM_ERROR, "t", NULL, NULL), MM_NOTOK);
	return test_done();
}
