#ifndef _BITS_OFF_T_H
#define _BITS_OFF_T_H

typedef long long off_t;

#endif
