#include <arpa/inet.h>
#include <ctype.h>
#include "libc.h"
#include "net_impl.h"

/* "a.b.c.d", "a.b.c" (c fills 16 bits), "a.b" (b fills 24), "a" (32).
   As in 4.2BSD and glibc, the address ends at the first white space. */
int __inet_aton(const char *s, struct in_addr *dst)
{
	unsigned long p[4];
	int n = 0;

	for (;;) {
		if (!isdigit((unsigned char)*s))
			return 0;
		s = __inet_part(s, 0xffffffff, &p[n++]);
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
