#ifndef _BITS_REGISTER_T_H
#define _BITS_REGISTER_T_H

typedef long register_t;

#endif
