#include <arpa/nameser.h>

void ns_put32(unsigned long v, unsigned char *p)
{
	p[0] = v >> 24;
	p[1] = v >> 16;
	p[2] = v >> 8;
	p[3] = v;
}
