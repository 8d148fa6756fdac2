#ifndef _BITS_NFDS_T_H
#define _BITS_NFDS_T_H

typedef unsigned long nfds_t;

#endif
