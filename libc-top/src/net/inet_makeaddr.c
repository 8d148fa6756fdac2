#include <arpa/inet.h>

/* Joins a network number and a host number by the classful rules: the
   network takes 8, 16 or 24 bits depending on how large it is. */
struct in_addr inet_makeaddr(in_addr_t net, in_addr_t host)
{
	in_addr_t a;

	if (net < 0x80)
		a = net << 24 | (host & 0xffffff);
	else if (net < 0x10000)
		a = net << 16 | (host & 0xffff);
	else if (net < 0x1000000)
		a = net << 8 | (host & 0xff);
	else
		a = net | host;
	return (struct in_addr){ htonl(a) };
}
