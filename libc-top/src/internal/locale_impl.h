#ifndef LOCALE_IMPL_H
#define LOCALE_IMPL_H

#include <locale.h>
#include <stdarg.h>
#include <sys/types.h>
#include "libc.h"

/* The locales of this libc are "C" (also spelled "POSIX") and "C.UTF-8"
   (the codeset spelled any way glibc accepts: "C.utf8", "C.utf-8", ...).
   The character encoding is UTF-8 in all of them and they all behave the
   same, so a locale is only its name per category: the functions taking a
   locale_t accept it and ignore it, and only setlocale, nl_langinfo's
   _NL_LOCALE_NAME and the lifetime functions look at it. */

#define __LOCALE_CATS 6                 /* LC_CTYPE .. LC_MESSAGES */
#define __LOCALE_NAME_MAX 16            /* with the terminating null */

struct __locale_struct {
	char name[__LOCALE_CATS][__LOCALE_NAME_MAX];
};

/* What setlocale sets: the global locale, and the one uselocale installed
   (null for the global one; there is one thread, so it is a plain
   variable). */
hidden extern struct __locale_struct __global_locale;
hidden extern locale_t __thread_locale;

/* Sets the categories of `mask` (bits 1 << LC_*) of `loc` to `name`: a
   locale name, "" for the environment's choice, or for all categories the
   composite "LC_CTYPE=...;LC_NUMERIC=...;..." that setlocale returns.
   All or nothing: returns 0, or -1 with errno ENOENT for a locale that
   does not exist. */
hidden int __locale_set(struct __locale_struct *loc, int mask, const char *name);

/* "LC_CTYPE", ... by category number. */
hidden extern const char __locale_cat_names[__LOCALE_CATS][12];

/* The locale the calling thread uses. */
hidden locale_t __locale_current(void);

/* nl_langinfo_l's reserved name, for nl_langinfo and the other users. */
hidden char *__nl_langinfo_l(int item, locale_t loc);

/* strfmon's core. */
hidden ssize_t __vstrfmon(char *s, size_t max, const char *fmt, va_list ap);

#endif
