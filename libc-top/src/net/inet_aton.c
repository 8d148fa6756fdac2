#include <arpa/inet.h>
#include <ctype.h>
#include "libc.h"

/* One part of a numbers-and-dots address: decimal, octal after a leading
   0, hexadecimal after 0x. Returns the position after it, or 0 when there
   is no digit or the value exceeds max. */
static const char *part(const char *s, unsigned long max, unsigned long *out)
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

/* "a.b.c.d", "a.b.c" (c fills 16 bits), "a.b" (b fills 24), "a" (32).
   As in 4.2BSD and glibc, the address ends at the first white space. */
int __inet_aton(const char *s, struct in_addr *dst)
{
	unsigned long p[4];
	int n = 0;

	for (;;) {
		if (!isdigit((unsigned char)*s))
			return 0;
		s = part(s, 0xffffffff, &p[n++]);
		if (!s)
			return 0;
		if (*s != '.')
			break;
		if (n == 4)
			return 0;
		s++;
	}
	if (*s && !isspace((unsigned char)*s))
		return 0;
	unsigned long v = p[n - 1], last = 0xffffffffUL >> (8 * (n - 1));
	if (v > last)
		return 0;
	for (int i = 0; i < n - 1; i++) {
		if (p[i] > 255)
			return 0;
		v |= p[i] << (24 - 8 * i);
	}
	if (dst)
		dst->s_addr = htonl((uint32_t)v);
	return 1;
}

weak_alias(__inet_aton, inet_aton);
