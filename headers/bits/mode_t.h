#ifndef _BITS_MODE_T_H
#define _BITS_MODE_T_H

typedef unsigned mode_t;

#endif
