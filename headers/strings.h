#ifndef _STRINGS_H
#define _STRINGS_H

#include <features.h>
#include <bits/size_t.h>

#ifdef __cplusplus
extern "C" {
#endif

int bcmp(const void *, const void *, size_t);
void bcopy(const void *, void *, size_t);
void bzero(void *, size_t);
char *index(const char *, int);
char *rindex(const char *, int);

int ffs(int);
int ffsl(long);
int ffsll(long long);

int strcasecmp(const char *, const char *);
int strncasecmp(const char *, const char *, size_t);

#if defined(__LIBC_POSIX)
#include <bits/locale_t.h>
int strcasecmp_l(const char *, const char *, locale_t);
int strncasecmp_l(const char *, const char *, size_t, locale_t);
#endif

#ifdef __cplusplus
}
#endif

#endif
