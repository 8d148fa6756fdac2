#ifndef ___STRUCT_IN6_ADDR_H
#define ___STRUCT_IN6_ADDR_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <bits/struct_in6_addr.h>

#endif
