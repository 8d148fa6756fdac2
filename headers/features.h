#ifndef _FEATURES_H
#define _FEATURES_H

/* The feature-test macros a program may set, reduced once, here, to four
   internal switches that every other header tests:

     __LIBC_POSIX  POSIX.1-2008 interfaces
     __LIBC_XSI    the X/Open System Interfaces on top of POSIX
     __LIBC_BSD    the traditional BSD and System V extras (_DEFAULT_SOURCE)
     __LIBC_GNU    GNU extensions

   As with glibc and musl, asking for nothing outside strict ISO C mode
   (-std=cNN) gets everything but the GNU extensions; asking for a standard
   gets that standard only, plus whatever else is asked for by name.
   _ALL_SOURCE, as with musl, means _GNU_SOURCE. */

#if defined(_ALL_SOURCE) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE 1
#endif

#if defined(_GNU_SOURCE)
#define __LIBC_GNU 1
#endif

#if defined(__LIBC_GNU) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE) \
	|| !(defined(__STRICT_ANSI__) || defined(_POSIX_SOURCE) \
	     || defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE))
#define __LIBC_BSD 1
#endif

#if defined(__LIBC_BSD) || defined(_XOPEN_SOURCE)
#define __LIBC_XSI 1
#endif

#if defined(__LIBC_XSI) || defined(_POSIX_SOURCE) || defined(_POSIX_C_SOURCE)
#define __LIBC_POSIX 1
#endif

#endif
