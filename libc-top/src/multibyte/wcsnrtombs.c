#include <stdint.h>
#include <string.h>
#include <wchar.h>
#include "multibyte_impl.h"

/* Converts at most nwc wide characters into at most len bytes (any number
   when dst is null); a character that does not fit whole is left. */
size_t wcsnrtombs(char *restrict dst, const wchar_t **restrict src, size_t nwc, size_t len,
                  mbstate_t *restrict st)
{
	(void)st;
	const wchar_t *ws = *src;
	size_t count = 0;
	if (!dst)
		len = SIZE_MAX;
	for (; nwc; nwc--, ws++) {
		char buf[UTF8_MAX];
		size_t k = wcrtomb(buf, *ws, NULL);
		if (k == (size_t)-1) {
			if (dst)
				*src = ws;
			return k;
		}
		if (k > len - count)
			break;
		if (dst)
			memcpy(dst + count, buf, k);
		if (!*ws) {
			if (dst)
				*src = NULL;
			return count;
		}
		count += k;
	}
	if (dst)
		*src = ws;
	return count;
}
