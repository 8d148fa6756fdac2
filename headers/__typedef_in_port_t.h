#ifndef ___TYPEDEF_IN_PORT_T_H
#define ___TYPEDEF_IN_PORT_T_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <bits/in_port_t.h>

#endif
