#ifndef _BITS_SOCKLEN_T_H
#define _BITS_SOCKLEN_T_H

typedef unsigned socklen_t;

#endif
