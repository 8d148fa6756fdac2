#ifndef _BITS_INO_T_H
#define _BITS_INO_T_H

typedef unsigned long long ino_t;

#endif
