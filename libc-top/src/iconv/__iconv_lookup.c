#include <string.h>
#include "iconv_impl.h"

/* Names compared in upper case with '-' and '_' removed, so "utf8",
   "UTF-8" and "Utf_8" are one name. */
static const struct {
	char name[16];
	unsigned char id;
} names[] = {
	{ "UTF8", __ICONV_UTF8 },
	{ "UTF16", __ICONV_UTF16 },
	{ "UTF16LE", __ICONV_UTF16LE },
	{ "UTF16BE", __ICONV_UTF16BE },
	{ "UTF32", __ICONV_UTF32 },
	{ "UTF32LE", __ICONV_UTF32LE },
	{ "UTF32BE", __ICONV_UTF32BE },
	{ "UCS2", __ICONV_UCS2LE },
	{ "UCS2LE", __ICONV_UCS2LE },
	{ "UCS2BE", __ICONV_UCS2BE },
	{ "UCS4", __ICONV_UCS4BE },
	{ "UCS4LE", __ICONV_UCS4LE },
	{ "UCS4BE", __ICONV_UCS4BE },
	{ "WCHART", __ICONV_UCS4LE },
	{ "ISO88591", __ICONV_LATIN1 },
	{ "LATIN1", __ICONV_LATIN1 },
	{ "ASCII", __ICONV_ASCII },
	{ "USASCII", __ICONV_ASCII },
	/* glibc's name for ASCII, which its nl_langinfo(CODESET) returns. */
	{ "ANSIX3.41968", __ICONV_ASCII },
	/* "" is the locale's encoding, always UTF-8 here. */
	{ "", __ICONV_UTF8 },
};

int __iconv_lookup(const char *name, size_t len)
{
	char norm[16];
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = name[i];
		if (c == '-' || c == '_')
			continue;
		if (n == sizeof norm - 1)
			return -1;
		norm[n++] = c >= 'a' && c <= 'z' ? c - 32 : c;
	}
	norm[n] = 0;
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (!strcmp(norm, names[i].name))
			return names[i].id;
	return -1;
}
