#include <arpa/nameser.h>

unsigned ns_get16(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}
