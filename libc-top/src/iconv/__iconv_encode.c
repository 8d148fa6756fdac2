#include "iconv_impl.h"

static void put16(unsigned char *s, uint32_t v, int be)
{
	s[be ? 0 : 1] = v >> 8;
	s[be ? 1 : 0] = v;
}

static void put32(unsigned char *s, uint32_t v, int be)
{
	put16(s + (be ? 0 : 2), v >> 16, be);
	put16(s + (be ? 2 : 0), v & 0xffff, be);
}

int __iconv_encode(int to, uint32_t c, unsigned char *s, size_t n)
{
	int be = 0;
	switch (to) {
	case __ICONV_UTF8: {
		int len = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
		if (n < (size_t)len)
			return 0;
		if (len == 1) {
			s[0] = c;
			return 1;
		}
		for (int i = len - 1; i > 0; i--, c >>= 6)
			s[i] = 0x80 | (c & 0x3f);
		s[0] = (0xf00 >> len) | c;
		return len;
	}
	case __ICONV_UTF16BE:
		be = 1;
		/* fall through */
	case __ICONV_UTF16:
	case __ICONV_UTF16LE:
		if (c < 0x10000) {
			if (n < 2)
				return 0;
			put16(s, c, be);
			return 2;
		}
		if (n < 4)
			return 0;
		c -= 0x10000;
		put16(s, 0xd800 | c >> 10, be);
		put16(s + 2, 0xdc00 | (c & 0x3ff), be);
		return 4;
	case __ICONV_UCS2BE:
		be = 1;
		/* fall through */
	case __ICONV_UCS2LE:
		if (c > 0xffff)
			return -1;
		if (n < 2)
			return 0;
		put16(s, c, be);
		return 2;
	case __ICONV_UTF32BE:
	case __ICONV_UCS4BE:
		be = 1;
		/* fall through */
	case __ICONV_UTF32:
	case __ICONV_UTF32LE:
	case __ICONV_UCS4LE:
		if (n < 4)
			return 0;
		put32(s, c, be);
		return 4;
	case __ICONV_LATIN1:
	case __ICONV_ASCII:
		if (c > (to == __ICONV_ASCII ? 0x7fu : 0xffu))
			return -1;
		if (n < 1)
			return 0;
		s[0] = c;
		return 1;
	}
	return -1;
}
