#ifndef _BITS_INTPTR_T_H
#define _BITS_INTPTR_T_H

/* The same type as <stdint.h> gives, for headers that need only this one. */
typedef long intptr_t;

#endif
