#include <arpa/inet.h>
#include "net_impl.h"

in_addr_t inet_addr(const char *s)
{
	struct in_addr a;
	return __inet_aton(s, &a) ? a.s_addr : INADDR_NONE;
}
