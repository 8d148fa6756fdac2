#include <netinet/in.h>

/* WebAssembly is little-endian; network order is big-endian. */
uint32_t ntohl(uint32_t x)
{
	return __builtin_bswap32(x);
}
