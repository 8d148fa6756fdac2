#include "regex_impl.h"

/* Strict UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF.
   Anything else is one raw byte, so matching never stops at bad input. */
int __re_decode(const unsigned char *s, size_t n, uint32_t *c)
{
	uint32_t v, min;
	int len;

	if (s[0] < 0x80) {
		*c = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		len = 2, v = s[0] & 0x1f, min = 0x80;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		len = 3, v = s[0] & 0x0f, min = 0x800;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		len = 4, v = s[0] & 0x07, min = 0x10000;
	} else {
		goto raw;
	}
	if (n < (size_t)len)
		goto raw;
	for (int i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			goto raw;
		v = v << 6 | (s[i] & 0x3f);
	}
	if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		goto raw;
	*c = v;
	return len;
raw:
	*c = RE_RAWBYTE + s[0];
	return 1;
}
