#include <stdlib.h>
#include <time.h>
#include <wchar.h>
#include "format_impl.h"

/* strftime does the work on the format as UTF-8; its output, which has
   at most four bytes for each wide character there is room for, comes
   back as wide characters. */
size_t wcsftime(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt,
	const struct tm *restrict tm)
{
	if (!n)
		return 0;
	char fsmall[128], osmall[256];
	char *f = __fmt_wcs_utf8(fmt, fsmall, sizeof fsmall), *out = osmall;
	size_t room = n < ((size_t)-1 - 1) / 4 ? 4 * n : (size_t)-1 - 1;
	size_t count = 0;
	if (!f)
		goto fail;
	if (room + 1 > sizeof osmall && !(out = malloc(room + 1)))
		goto fail;
	size_t len = strftime(out, room + 1, f, tm);
	mbstate_t st = { 0 };
	const char *p = out;
	while (len && count < n - 1) {
		size_t k = mbrtowc(s + count, p, len, &st);
		if (k == (size_t)-1 || k == (size_t)-2 || !k)
			break;   /* cannot happen: the format was valid UTF-8 */
		p += k;
		len -= k;
		count++;
	}
	if (len)
		count = 0;   /* did not fit */
fail:
	s[count] = 0;
	if (out != osmall)
		free(out);
	if (f && f != fsmall)
		free(f);
	return count;
}
