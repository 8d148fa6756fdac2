#ifndef _BITS_GID_T_H
#define _BITS_GID_T_H

typedef unsigned gid_t;

#endif
