#include "iconv_impl.h"

static uint32_t get16(const unsigned char *s, int be)
{
	return be ? (uint32_t)s[0] << 8 | s[1] : (uint32_t)s[1] << 8 | s[0];
}

static uint32_t get32(const unsigned char *s, int be)
{
	return be ? get16(s, 1) << 16 | get16(s + 2, 1) : get16(s + 2, 0) << 16 | get16(s, 0);
}

/* UTF-8, strictly: no overlong forms, surrogates or values past U+10FFFF.
   An invalid sequence is as long as its longest valid prefix (at least
   one byte), so that //IGNORE resumes where the next character may
   start. */
static int utf8(const unsigned char *s, size_t n, int32_t *c)
{
	unsigned b = s[0];
	if (b < 0x80) {
		*c = b;
		return 1;
	}
	int len;
	unsigned lo = 0x80, hi = 0xbf;
	if (b >= 0xc2 && b <= 0xdf) {
		len = 2;
	} else if (b >= 0xe0 && b <= 0xef) {
		len = 3;
		if (b == 0xe0)
			lo = 0xa0;
		else if (b == 0xed)
			hi = 0x9f;
	} else if (b >= 0xf0 && b <= 0xf4) {
		len = 4;
		if (b == 0xf0)
			lo = 0x90;
		else if (b == 0xf4)
			hi = 0x8f;
	} else {
		return -1;
	}
	uint32_t v = b & (0x7f >> len);
	for (int i = 1; i < len; i++) {
		if ((size_t)i >= n)
			return 0;
		if (s[i] < lo || s[i] > hi)
			return -i;
		v = v << 6 | (s[i] & 0x3f);
		lo = 0x80;
		hi = 0xbf;
	}
	*c = v;
	return len;
}

static int utf16(const unsigned char *s, size_t n, int be, int32_t *c)
{
	if (n < 2)
		return 0;
	uint32_t u = get16(s, be);
	if (u >= 0xdc00 && u <= 0xdfff)
		return -2;
	if (u < 0xd800 || u > 0xdbff) {
		*c = u;
		return 2;
	}
	if (n < 4)
		return 0;
	uint32_t v = get16(s + 2, be);
	if (v < 0xdc00 || v > 0xdfff)
		return -2;
	*c = 0x10000 + ((u - 0xd800) << 10 | (v - 0xdc00));
	return 4;
}

static int utf32(const unsigned char *s, size_t n, int be, int32_t *c)
{
	if (n < 4)
		return 0;
	uint32_t u = get32(s, be);
	if (u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff))
		return -4;
	*c = u;
	return 4;
}

/* UTF-16 and UTF-32 without a fixed order: a byte-order mark first, else
   little-endian. The choice then holds for the descriptor's life, also
   across a reset, as in glibc. */
static int with_bom(struct __iconv *cd, const unsigned char *s, size_t n, int32_t *c)
{
	int wide = cd->from == __ICONV_UTF32;
	size_t unit = wide ? 4 : 2;
	if (n < unit)
		return 0;
	uint32_t mark = wide ? get32(s, 0) : get16(s, 0);
	cd->from_order = wide ? __ICONV_UTF32LE : __ICONV_UTF16LE;
	if (mark == 0xfeff) {
		*c = -1;
		return unit;
	}
	if (mark == (wide ? 0xfffe0000 : 0xfffe)) {
		cd->from_order = wide ? __ICONV_UTF32BE : __ICONV_UTF16BE;
		*c = -1;
		return unit;
	}
	return wide ? utf32(s, n, 0, c) : utf16(s, n, 0, c);
}

int __iconv_decode(struct __iconv *cd, const unsigned char *s, size_t n, int32_t *c)
{
	int from = cd->from;
	if (from == __ICONV_UTF16 || from == __ICONV_UTF32) {
		if (!cd->from_order)
			return with_bom(cd, s, n, c);
		from = cd->from_order;
	}
	switch (from) {
	case __ICONV_UTF8:
		return utf8(s, n, c);
	case __ICONV_UTF16LE:
	case __ICONV_UTF16BE:
		return utf16(s, n, from == __ICONV_UTF16BE, c);
	case __ICONV_UCS2LE:
	case __ICONV_UCS2BE:
		if (n < 2)
			return 0;
		*c = get16(s, from == __ICONV_UCS2BE);
		return *c >= 0xd800 && *c <= 0xdfff ? -2 : 2;
	case __ICONV_UTF32LE:
	case __ICONV_UTF32BE:
	case __ICONV_UCS4LE:
	case __ICONV_UCS4BE:
		return utf32(s, n, from == __ICONV_UTF32BE || from == __ICONV_UCS4BE, c);
	case __ICONV_LATIN1:
		*c = s[0];
		return 1;
	default: /* ASCII */
		*c = s[0];
		return s[0] < 0x80 ? 1 : -1;
	}
}
