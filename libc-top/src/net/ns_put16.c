#include <arpa/nameser.h>

void ns_put16(unsigned v, unsigned char *p)
{
	p[0] = v >> 8;
	p[1] = v;
}
