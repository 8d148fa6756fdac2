#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "iconv_impl.h"

/* The suffixes of tocode, "//TRANSLIT", "//IGNORE" or both, in any case,
   separated by '/' or ','. Like glibc, unknown ones are ignored and so is
   a suffix on fromcode. */
static int suffix_flags(const char *s)
{
	int flags = 0;
	while (*s) {
		size_t n = strcspn(s, "/,");
		if (n == 8 && !strncasecmp(s, "TRANSLIT", 8))
			flags |= __ICONV_TRANSLIT;
		else if (n == 6 && !strncasecmp(s, "IGNORE", 6))
			flags |= __ICONV_IGNORE;
		s += n + (s[n] != 0);
	}
	return flags;
}

static int lookup(const char *code, const char **suffix)
{
	const char *slash = strstr(code, "//");
	size_t len = slash ? (size_t)(slash - code) : strlen(code);
	*suffix = slash ? slash + 2 : "";
	return __iconv_lookup(code, len);
}

iconv_t iconv_open(const char *tocode, const char *fromcode)
{
	const char *tsuf, *fsuf;
	int to = lookup(tocode, &tsuf), from = lookup(fromcode, &fsuf);
	if (to < 0 || from < 0) {
		errno = EINVAL;
		return (iconv_t)-1;
	}
	struct __iconv *cd = malloc(sizeof *cd);
	if (!cd)
		return (iconv_t)-1;
	cd->from = from;
	cd->to = to;
	cd->flags = suffix_flags(tsuf);
	cd->from_order = 0;
	cd->bom_due = to == __ICONV_UTF16 || to == __ICONV_UTF32;
	return cd;
}
