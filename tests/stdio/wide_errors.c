/* Where this libc is stricter than glibc's C.UTF-8: surrogates and values
   past U+10FFFF are no characters, so writing one fails with EILSEQ (and
   the error flag on a stream); open_wmemstream checks its arguments;
   wcsftime_l ignores its locale. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <wchar.h>

#include "test.h"

int main(void)
{
	wchar_t out[8];
	errno = 0;
	CHECK_EQ(swprintf(out, 8, L"%lc", (wint_t)0xd800), -1);
	CHECK_EQ(ERRNO, EILSEQ);
	errno = 0;
	CHECK_EQ(swprintf(out, 8, L"%ls", L"a\xdfff"), -1);
	CHECK_EQ(ERRNO, EILSEQ);
	errno = 0;
	CHECK_EQ(swprintf(out, 8, L"%c", 0x80), -1);
	CHECK_EQ(ERRNO, EILSEQ);
	errno = 0;
	CHECK_EQ(swprintf(out, 8, L"bad \xd800 format"), -1);
	CHECK_EQ(ERRNO, EILSEQ);

	wchar_t *buf;
	size_t size;
	FILE *f = open_wmemstream(&buf, &size);
	CHECK(f != NULL);
	errno = 0;
	CHECK_EQ(fputwc(0xd800, f), (wint_t)WEOF);
	CHECK_EQ(ERRNO, EILSEQ);
	CHECK(ferror(f));
	clearerr(f);
	errno = 0;
	CHECK_EQ(fputws(L"ok\x110000", f), -1);
	CHECK_EQ(ERRNO, EILSEQ);
	CHECK(ferror(f));
	CHECK_EQ(ungetwc(L'x', f), (wint_t)WEOF);   /* not readable */
	CHECK(fclose(f) == 0);
	CHECK_EQ(size, 2);
	CHECK(wcscmp(buf, L"ok") == 0);
	free(buf);

	/* wcsftime_l takes any locale, which glibc does not */
	struct tm tm = { .tm_hour = 13, .tm_min = 5 };
	CHECK_EQ(wcsftime_l(out, 8, L"%H\u00b7%M", &tm, (locale_t)0), 5);
	CHECK(wcscmp(out, L"13\u00b705") == 0);

	errno = 0;
	CHECK(open_wmemstream(NULL, &size) == NULL);
	CHECK_EQ(ERRNO, EINVAL);
	return test_done();
}
