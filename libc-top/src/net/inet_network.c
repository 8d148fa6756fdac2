#include <arpa/inet.h>
#include <ctype.h>
#include "net_impl.h"

/* Up to four parts of at most 8 bits each, in decimal, octal or hex, the
   last part lowest: "10.1" is 0x0a01. The result is in host order. */
in_addr_t inet_network(const char *s)
{
	in_addr_t v = 0;

	for (int n = 1;; n++) {
		unsigned long part;
		s = __inet_part(s, 255, &part);
		if (!s)
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
