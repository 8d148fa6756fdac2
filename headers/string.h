#ifndef _STRING_H
#define _STRING_H

#include <features.h>
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
int strcoll(const char *, const char *);
size_t strxfrm(char *__restrict, const char *__restrict, size_t);
char *strchr(const char *, int);
char *strrchr(const char *, int);
size_t strspn(const char *, const char *);
size_t strcspn(const char *, const char *);
char *strpbrk(const char *, const char *);
char *strstr(const char *, const char *);
char *strtok(char *__restrict, const char *__restrict);
char *strcpy(char *__restrict, const char *__restrict);
char *strncpy(char *__restrict, const char *__restrict, size_t);
char *strcat(char *__restrict, const char *__restrict);
char *strncat(char *__restrict, const char *__restrict, size_t);
char *strerror(int);

/* POSIX */
char *strdup(const char *) __LIBC_NOTHROW;
char *strndup(const char *, size_t);
size_t strnlen(const char *, size_t);
char *stpcpy(char *__restrict, const char *__restrict);
char *stpncpy(char *__restrict, const char *__restrict, size_t);
char *strtok_r(char *__restrict, const char *__restrict, char **__restrict);
void *memccpy(void *__restrict, const void *__restrict, int, size_t);
char *strsignal(int);
#ifdef _GNU_SOURCE
/* The GNU flavour returns the message; the POSIX one, below, an error. */
char *strerror_r(int, char *, size_t) __asm__("__gnu_strerror_r");
/* A copy in the caller's stack frame; the argument is evaluated twice. */
#define strdupa(s) strcpy(__builtin_alloca(strlen(s) + 1), (s))
#else
int strerror_r(int, char *, size_t);
#endif

#if defined(__LIBC_POSIX)
/* POSIX 2008: in a given locale. */
#include <bits/locale_t.h>
int strcoll_l(const char *, const char *, locale_t);
size_t strxfrm_l(char *__restrict, const char *__restrict, size_t, locale_t);
char *strerror_l(int, locale_t);
#endif

/* BSD and GNU */
char *strsep(char **, const char *);
size_t strlcpy(char *, const char *, size_t);
size_t strlcat(char *, const char *, size_t);
void explicit_bzero(void *, size_t);
void *memmem(const void *, size_t, const void *, size_t);
void *memrchr(const void *, int, size_t);
void *mempcpy(void *, const void *, size_t);
char *strchrnul(const char *, int);
char *strcasestr(const char *, const char *);
int strverscmp(const char *, const char *);

#ifdef __cplusplus
}
#endif

#endif
