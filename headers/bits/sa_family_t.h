#ifndef _BITS_SA_FAMILY_T_H
#define _BITS_SA_FAMILY_T_H

typedef unsigned short sa_family_t;

#endif
