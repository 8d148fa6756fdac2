#ifndef _BITS_IN_ADDR_T_H
#define _BITS_IN_ADDR_T_H

typedef unsigned in_addr_t;

#endif
