#ifndef _BITS_STRUCT_IN_ADDR_H
#define _BITS_STRUCT_IN_ADDR_H

#include <bits/in_addr_t.h>

struct in_addr {
	in_addr_t s_addr;
};

#endif
