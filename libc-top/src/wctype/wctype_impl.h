#ifndef WCTYPE_IMPL_H
#define WCTYPE_IMPL_H

#include "libc.h"

#define CLASS_COUNT 12u

extern hidden const char __wctype_names[CLASS_COUNT][8];

/* What wctrans() hands out: the address says which mapping. */
extern hidden const int __wctrans_ids[2];

#endif
