#ifndef _BITS_KEY_T_H
#define _BITS_KEY_T_H

typedef int key_t;

#endif
