#include <arpa/inet.h>
#include <errno.h>
#include <string.h>

/* Strict dotted decimal: four parts of one to three digits, each at most
   255, no leading zeros. Returns 1 and fills out[4], or 0. */
static int pton4(const char *s, unsigned char *out)
{
	for (int i = 0; i < 4; i++) {
		unsigned v = 0;
		int n = 0;
		while (*s >= '0' && *s <= '9') {
			if (n && !v)
				return 0;
			v = v * 10 + (*s++ - '0');
			if (v > 255)
				return 0;
			n++;
		}
		if (!n || *s != (i < 3 ? '.' : '\0'))
			return 0;
		s++;
		out[i] = v;
	}
	return 1;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 32;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* RFC 4291 section 2.2: eight groups of one to four hex digits; one "::"
   may stand for one or more zero groups; the last two groups may be
   written as a dotted IPv4 address. */
static int pton6(const char *s, unsigned char *out)
{
	unsigned short g[8];
	int n = 0, gap = -1;

	if (*s == ':' && *++s != ':')
		return 0;
	for (;;) {
		if (*s == ':') {
			/* A second colon in a row: the gap ("::"). */
			if (gap >= 0)
				return 0;
			gap = n;
			if (!*++s)
				break;
		}
		const char *start = s;
		unsigned v = 0;
		int d;
		while ((d = hexval(*s)) >= 0 && s - start < 4) {
			v = v * 16 + d;
			s++;
		}
		if (*s == '.') {
			unsigned char b[4];
			if (n > 6 || !pton4(start, b))
				return 0;
			g[n++] = b[0] << 8 | b[1];
			g[n++] = b[2] << 8 | b[3];
			break;
		}
		if (s == start || n == 8)
			return 0;
		g[n++] = v;
		if (!*s)
			break;
		if (*s != ':' || !*++s)
			return 0;
	}
	if (gap < 0 ? n != 8 : n == 8)
		return 0;
	int zeros = 8 - n;
	for (int i = 0, j = 0; i < 8; i++) {
		unsigned v = (i >= gap && i < gap + zeros) ? 0 : g[j++];
		out[2 * i] = v >> 8;
		out[2 * i + 1] = v;
	}
	return 1;
}

int inet_pton(int af, const char *restrict src, void *restrict dst)
{
	unsigned char buf[16];

	switch (af) {
	case AF_INET:
		if (!pton4(src, buf))
			return 0;
		memcpy(dst, buf, 4);
		return 1;
	case AF_INET6:
		if (!pton6(src, buf))
			return 0;
		memcpy(dst, buf, 16);
		return 1;
	}
	errno = EAFNOSUPPORT;
	return -1;
}
