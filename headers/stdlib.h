#ifndef _STDLIB_H
#define _STDLIB_H

#include <bits/NULL.h>
#include <bits/attributes.h>
#include <bits/size_t.h>
#include <bits/wchar_t.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX (0x7fffffff)

void *malloc(size_t);
void *calloc(size_t, size_t);
void *realloc(void *, size_t);
void free(void *);

int abs(int);
long labs(long);
int atoi(const char *);

char *getenv(const char *);

int atexit(void (*)(void));
__LIBC_NORETURN void exit(int);
__LIBC_NORETURN void _Exit(int);
__LIBC_NORETURN void abort(void);

#ifdef __cplusplus
}
#endif

#endif
