#ifndef _CTYPE_H
#define _CTYPE_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

int isalnum(int);
int isalpha(int);
int isblank(int);
int iscntrl(int);
int isdigit(int);
int isgraph(int);
int islower(int);
int isprint(int);
int ispunct(int);
int isspace(int);
int isupper(int);
int isxdigit(int);
int tolower(int);
int toupper(int);

#if defined(__LIBC_POSIX)
/* POSIX 2008: the same tests in a given locale. */
#include <bits/locale_t.h>
int isalnum_l(int, locale_t);
int isalpha_l(int, locale_t);
int isblank_l(int, locale_t);
int iscntrl_l(int, locale_t);
int isdigit_l(int, locale_t);
int isgraph_l(int, locale_t);
int islower_l(int, locale_t);
int isprint_l(int, locale_t);
int ispunct_l(int, locale_t);
int isspace_l(int, locale_t);
int isupper_l(int, locale_t);
int isxdigit_l(int, locale_t);
int tolower_l(int, locale_t);
int toupper_l(int, locale_t);
#endif

/* XSI, withdrawn from POSIX 2008 */
int isascii(int);
int toascii(int);

#if defined(__LIBC_XSI)
/* XSI, withdrawn: case changes for arguments already known to be an ASCII
   letter of the other case. */
#define _tolower(c) ((c) | 0x20)
#define _toupper(c) ((c) & 0x5f)
#endif

#ifdef __cplusplus
}
#endif

#endif
