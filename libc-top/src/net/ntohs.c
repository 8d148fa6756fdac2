#include <netinet/in.h>

/* WebAssembly is little-endian; network order is big-endian. */
uint16_t ntohs(uint16_t x)
{
	return __builtin_bswap16(x);
}
