// portable
// scratch
/* fmtmsg writes its message to stderr; the test sends stderr to a file
   and prints what arrived there. */
#define _XOPEN_SOURCE 700
#include <fmtmsg.h>
#include <string.h>
#include "test.h"

static void show(const char *what, int result, int expect)
{
	char buf[512];
	fflush(stderr);
	FILE *f = fopen("err.txt", "r");
	CHECK(f != NULL);
	size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
	buf[n] = 0;
	if (f)
		fclose(f);
	CHECK_EQ(result, expect);
	printf("%s: %d [%s]\n", what, result, buf);
	/* Start the next message on an empty file. */
	CHECK(freopen("err.txt", "w", stderr) != NULL);
}

int main(void)
{
	CHECK(freopen("err.txt", "w", stderr) != NULL);
	show("all", fmtmsg(MM_PRINT | MM_SOFT | MM_UTIL | MM_RECOVER, "UX:cat", MM_ERROR,
	                   "illegal option", "refer to cat in user's reference manual",
	                   "UX:cat:001"), MM_OK);
	show("halt", fmtmsg(MM_PRINT, "APP:x", MM_HALT, "stop", NULL, NULL), MM_OK);
	show("warning", fmtmsg(MM_PRINT, "APP:x", MM_WARNING, NULL, "fix it", NULL), MM_OK);
	show("info", fmtmsg(MM_PRINT, NULL, MM_INFO, "just so", NULL, "T:1"), MM_OK);
	show("nosev", fmtmsg(MM_PRINT, "APP:x", MM_NOSEV, "text", NULL, NULL), MM_OK);
	show("text only", fmtmsg(MM_PRINT, MM_NULLLBL, MM_NULLSEV, "text", MM_NULLACT,
	                         MM_NULLTAG), MM_OK);
	show("action only", fmtmsg(MM_PRINT, NULL, MM_NOSEV, NULL, "act", NULL), MM_OK);
	show("tag only", fmtmsg(MM_PRINT, NULL, MM_NOSEV, NULL, NULL, "T:2"), MM_OK);
	show("label and tag", fmtmsg(MM_PRINT, "A:b", MM_NOSEV, NULL, NULL, "T:2"), MM_OK);
	show("nothing", fmtmsg(MM_PRINT, NULL, MM_NOSEV, NULL, NULL, NULL), MM_OK);
	show("no print", fmtmsg(MM_SOFT, "APP:x", MM_ERROR, "quiet", NULL, NULL), MM_OK);
	show("label too long", fmtmsg(MM_PRINT, "ABCDEFGHIJK:x", MM_ERROR, "t", NULL, NULL),
	     MM_NOTOK);
	show("label second part too long", fmtmsg(MM_PRINT, "A:123456789012345", MM_ERROR,
	                                          "t", NULL, NULL), MM_NOTOK);
	show("label without colon", fmtmsg(MM_PRINT, "nocolon", MM_ERROR, "t", NULL, NULL),
	     MM_NOTOK);
	show("label at the limits", fmtmsg(MM_PRINT, "ABCDEFGHIJ:12345678901234", MM_ERROR,
	                                   "t", NULL, NULL), MM_OK);
	show("bad severity", fmtmsg(MM_PRINT, "A:b", 99, "t", NULL, NULL), MM_NOTOK);

	return test_done();
}
