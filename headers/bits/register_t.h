#ifndef _BITS_REGISTER_T_H
#define _BITS_REGISTER_T_H

typedef long long register_t;

#endif
