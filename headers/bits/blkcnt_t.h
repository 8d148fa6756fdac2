#ifndef _BITS_BLKCNT_T_H
#define _BITS_BLKCNT_T_H

typedef long long blkcnt_t;

#endif
