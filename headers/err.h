#ifndef _ERR_H
#define _ERR_H

#include <bits/attributes.h>
#include <bits/va_list.h>

#ifdef __cplusplus
extern "C" {
#endif

void warn(const char *, ...);
void vwarn(const char *, va_list);
void warnx(const char *, ...);
void vwarnx(const char *, va_list);
__LIBC_NORETURN void err(int, const char *, ...);
__LIBC_NORETURN void verr(int, const char *, va_list);
__LIBC_NORETURN void errx(int, const char *, ...);
__LIBC_NORETURN void verrx(int, const char *, va_list);

#ifdef __cplusplus
}
#endif

#endif
