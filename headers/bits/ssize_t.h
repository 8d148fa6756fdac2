#ifndef _BITS_SSIZE_T_H
#define _BITS_SSIZE_T_H

typedef long ssize_t;

#endif
