/* No include guard: each inclusion redefines assert for the current NDEBUG. */
#include <features.h>

#undef assert

#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#define assert(e) ((void)((e) ? 0 : (__assert_fail(#e, __FILE__, __LINE__, __func__), 0)))
#endif

#if !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L \
	&& __STDC_VERSION__ < 202311L && !defined(static_assert)
#define static_assert _Static_assert
#endif

#ifndef _ASSERT_H
#define _ASSERT_H

#ifdef __cplusplus
extern "C" {
#endif

__attribute__((__noreturn__)) void __assert_fail(const char *, const char *, int, const char *);

#ifdef __cplusplus
}
#endif

#endif
