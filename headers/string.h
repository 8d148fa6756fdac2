#ifndef _STRING_H
#define _STRING_H

#include <bits/NULL.h>
#include <bits/attributes.h>
#include <bits/size_t.h>

#ifdef __cplusplus
extern "C" {
#endif

void *memcpy(void *__restrict, const void *__restrict, size_t) __LIBC_NOTHROW;
void *memmove(void *, const void *, size_t) __LIBC_NOTHROW;
void *memset(void *, int, size_t) __LIBC_NOTHROW;
int memcmp(const void *, const void *, size_t);
void *memchr(const void *, int, size_t) __LIBC_NOTHROW;

size_t strlen(const char *) __LIBC_NOTHROW;
int strcmp(const char *, const char *) __LIBC_NOTHROW;
int strncmp(const char *, const char *, size_t);
char *strchr(const char *, int);
char *strrchr(const char *, int);
char *strcpy(char *__restrict, const char *__restrict);
char *strncpy(char *__restrict, const char *__restrict, size_t);
char *strcat(char *__restrict, const char *__restrict);
char *strdup(const char *) __LIBC_NOTHROW;

#ifdef __cplusplus
}
#endif

#endif
