#ifndef _DLFCN_H
#define _DLFCN_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

/* There is no dynamic loading in a WASI module: dlopen fails and
   dlerror says why. */
#define RTLD_LAZY 1
#define RTLD_NOW 2
#define RTLD_NOLOAD 4
#define RTLD_NODELETE 4096
#define RTLD_GLOBAL 256
#define RTLD_LOCAL 8

#if defined(__LIBC_GNU)
#define RTLD_NEXT ((void *)-1)
#define RTLD_DEFAULT ((void *)0)
#endif

int dlclose(void *);
char *dlerror(void);
void *dlopen(const char *, int);
void *dlsym(void *__restrict, const char *__restrict);

#ifdef __cplusplus
}
#endif

#endif
