#ifndef _BITS_USECONDS_T_H
#define _BITS_USECONDS_T_H

typedef unsigned useconds_t;

#endif
