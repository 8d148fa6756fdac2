#ifndef _BITS_UID_T_H
#define _BITS_UID_T_H

typedef unsigned uid_t;

#endif
