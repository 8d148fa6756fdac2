#include <errno.h>
#include <arpa/nameser.h>
#include "net_impl.h"

/* A question is a name, a type and a class (RFC 1035 4.1.2); a resource
   record adds a TTL, the data's length and the data (4.1.3). */
int ns_skiprr(const unsigned char *ptr, const unsigned char *eom, ns_sect section, int count)
{
	const unsigned char *p = ptr;

	while (count-- > 0) {
		int n = __dns_skipname(p, eom);
		if (n < 0)
			goto bad;
		p += n;
		long need = NS_QFIXEDSZ;
		if (section != ns_s_qd) {
			if (eom - p < NS_RRFIXEDSZ)
				goto bad;
			need = NS_RRFIXEDSZ + ns_get16(p + 8);
		}
		if (eom - p < need)
			goto bad;
		p += need;
	}
	return p - ptr;
bad:
	errno = EMSGSIZE;
	return -1;
}
