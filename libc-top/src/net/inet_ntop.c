#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

/* RFC 5952: lower-case hex without leading zeros; the longest run of two
   or more zero groups (the first of equal runs) becomes "::". As glibc
   does, an address whose first 96 bits are zero (but for ::1 and ::) or
   whose first 80 are zero followed by ffff is written with its last 32
   bits in dotted decimal. */
static void ntop6(const unsigned char *a, char *out)
{
	unsigned g[8];
	int best = -1, best_len = 1;

	for (int i = 0; i < 8; i++)
		g[i] = a[2 * i] << 8 | a[2 * i + 1];
	for (int i = 0; i < 8;) {
		int j = i;
		while (j < 8 && !g[j])
			j++;
		if (j - i > best_len) {
			best = i;
			best_len = j - i;
		}
		i = j > i ? j : i + 1;
	}
	int v4 = best == 0 && (best_len == 6 || (best_len == 5 && g[5] == 0xffff));
	int end = v4 ? 6 : 8;
	char *p = out;
	for (int i = 0; i < end; i++) {
		if (i == best) {
			*p++ = ':';
			if (i + best_len == end)
				*p++ = ':';
			i += best_len - 1;
			continue;
		}
		if (i)
			*p++ = ':';
		p += sprintf(p, "%x", g[i]);
	}
	if (v4)
		p += sprintf(p, "%s%u.%u.%u.%u", best + best_len == end ? "" : ":",
		             a[12], a[13], a[14], a[15]);
	*p = 0;
}

const char *inet_ntop(int af, const void *restrict src, char *restrict dst, socklen_t size)
{
	const unsigned char *a = src;
	char buf[INET6_ADDRSTRLEN];

	switch (af) {
	case AF_INET:
		snprintf(buf, sizeof buf, "%u.%u.%u.%u", a[0], a[1], a[2], a[3]);
		break;
	case AF_INET6:
		ntop6(a, buf);
		break;
	default:
		errno = EAFNOSUPPORT;
		return 0;
	}
	size_t len = strlen(buf);
	if (len >= size) {
		errno = ENOSPC;
		return 0;
	}
	memcpy(dst, buf, len + 1);
	return dst;
}
