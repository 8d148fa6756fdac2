#ifndef _UCHAR_H
#define _UCHAR_H

#include <bits/mbstate_t.h>
#include <bits/size_t.h>

#ifdef __cplusplus
extern "C" {
#endif

/* C++11 has these as keywords. */
#if !defined(__cplusplus) || __cplusplus < 201103L
typedef unsigned short char16_t;
typedef unsigned char32_t;
#endif

size_t c16rtomb(char *__restrict, char16_t, mbstate_t *__restrict);
size_t mbrtoc16(char16_t *__restrict, const char *__restrict, size_t, mbstate_t *__restrict);
size_t c32rtomb(char *__restrict, char32_t, mbstate_t *__restrict);
size_t mbrtoc32(char32_t *__restrict, const char *__restrict, size_t, mbstate_t *__restrict);

#ifdef __cplusplus
}
#endif

#endif
