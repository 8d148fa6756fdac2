#ifndef _BITS_WCTRANS_T_H
#define _BITS_WCTRANS_T_H

typedef const int *wctrans_t;

#endif
