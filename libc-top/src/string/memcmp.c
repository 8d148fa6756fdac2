#include <string.h>
#include "string_impl.h"

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *l = a, *r = b;
	/* Unaligned loads are fine in wasm and stay inside both objects. */
	for (; n >= 8; n -= 8, l += 8, r += 8) {
		uint64_t x, y;
		__builtin_memcpy(&x, l, 8);
		__builtin_memcpy(&y, r, 8);
		if (x != y) {
			size_t i = first_marked(x ^ y);
			return l[i] - r[i];
		}
	}
	for (; n; n--, l++, r++)
		if (*l != *r)
			return *l - *r;
	return 0;
}
