#ifndef _BITS_WCTYPE_T_H
#define _BITS_WCTYPE_T_H

typedef unsigned long wctype_t;

#endif
