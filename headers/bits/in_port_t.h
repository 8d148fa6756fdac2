#ifndef _BITS_IN_PORT_T_H
#define _BITS_IN_PORT_T_H

typedef unsigned short in_port_t;

#endif
