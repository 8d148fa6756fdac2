#ifndef _MALLOC_H
#define _MALLOC_H

#include <bits/size_t.h>

#ifdef __cplusplus
extern "C" {
#endif

void *malloc(size_t);
void *calloc(size_t, size_t);
void *realloc(void *, size_t);
void free(void *);
size_t malloc_usable_size(void *);

#ifdef __cplusplus
}
#endif

#endif
