/* %lc %ls %l[ decode UTF-8 (the locale is always UTF-8 here; glibc's "C"
   locale would refuse these bytes, so this test is not portable), and a
   malformed sequence is an input failure with EILSEQ. */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include "test.h"

int main(void)
{
	wchar_t w[16], c[2];
	int r = sscanf(STR("h\xc3\xa9llo \xe2\x82\xac\xf0\x9f\x98\x80 rest"), STR("%ls %2lc"), w, c);
	CHECK_EQ(r, 2);
	CHECK_EQ(w[1], 0xe9);
	CHECK_EQ(w[5], 0);
	CHECK_EQ(c[0], 0x20ac);
	CHECK_EQ(c[1], 0x1f600);

	wchar_t *m = NULL;
	r = sscanf(STR("\xce\xb1\xce\xb2\xce\xb3-x"), STR("%ml[^-]"), &m);
	CHECK_EQ(r, 1);
	CHECK(m && m[0] == 0x3b1 && m[2] == 0x3b3 && m[3] == 0);
	free(m);

	errno = 0;
	CHECK_EQ(sscanf(STR("\xc3("), STR("%ls"), w), -1);
	CHECK_EQ(ERRNO, EILSEQ);
	errno = 0;
	CHECK_EQ(sscanf(STR("ok \xed\xa0\x80"), STR("%ls %ls"), w, c), 1);
	CHECK_EQ(ERRNO, EILSEQ);
	return test_done();
}
