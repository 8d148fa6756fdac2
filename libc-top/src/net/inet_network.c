#include <arpa/inet.h>
#include <ctype.h>

/* Up to four parts of at most 8 bits each, in decimal, octal or hex, the
   last part lowest: "10.1" is 0x0a01. The result is in host order. */
in_addr_t inet_network(const char *s)
{
	in_addr_t v = 0;

	for (int n = 1;; n++) {
		unsigned base = 10, part = 0;
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
				return INADDR_NONE;
			part = part * base + d;
			if (part > 255)
				return INADDR_NONE;
		}
		if (!digits)
			return INADDR_NONE;
		v = v << 8 | part;
		if (*s != '.')
			break;
		if (n == 4)
			return INADDR_NONE;
		s++;
	}
	if (*s && !isspace((unsigned char)*s))
		return INADDR_NONE;
	return v;
}
