#ifndef _BITS_STRUCT_IN6_ADDR_H
#define _BITS_STRUCT_IN6_ADDR_H

/* Aligned for access as 32-bit words. */
struct in6_addr {
	__attribute__((__aligned__(4))) unsigned char s6_addr[16];
};

#endif
