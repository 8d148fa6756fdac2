#include <arpa/nameser.h>
#include "net_impl.h"

int ns_name_uncompress(const unsigned char *msg, const unsigned char *eom,
                       const unsigned char *src, char *dst, size_t dstsiz)
{
	return __dns_expand(msg, eom, src, dst, dstsiz);
}
