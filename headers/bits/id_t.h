#ifndef _BITS_ID_T_H
#define _BITS_ID_T_H

typedef unsigned id_t;

#endif
