#ifndef _ALLOCA_H
#define _ALLOCA_H

#include <bits/size_t.h>

#ifdef __cplusplus
extern "C" {
#endif

void *alloca(size_t);
#define alloca __builtin_alloca

#ifdef __cplusplus
}
#endif

#endif
