#include <ctype.h>
#include "libc.h"
#include "net_impl.h"

/* One part of a numbers-and-dots address: decimal, octal after a leading
   0, hexadecimal after 0x. Returns the position after it, or 0 when there
   is no digit or the value exceeds max. */
hidden const char *__inet_part(const char *s, unsigned long max, unsigned long *out)
{
	unsigned base = 10;
	unsigned long v = 0;
	int digits = 0;

	if (*s == '0') {
		base = 8;
		s++;
		digits = 1;
		if (*s == 'x' || *s == 'X') {
			base = 16;
			s++;
			digits = 0;
		}
	}
	for (;; s++, digits++) {
		unsigned d;
		if (isdigit((unsigned char)*s))
			d = *s - '0';
		else if (base == 16 && isxdigit((unsigned char)*s))
			d = (*s | 32) - 'a' + 10;
		else
			break;
		if (d >= base)
			return 0;
		/* Checked before multiplying, so v never wraps. */
		if (v > (max - d) / base)
			return 0;
		v = v * base + d;
	}
	if (!digits)
		return 0;
	*out = v;
	return s;
}
