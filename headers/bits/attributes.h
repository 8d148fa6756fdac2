#ifndef _BITS_ATTRIBUTES_H
#define _BITS_ATTRIBUTES_H

/* Spelled so that C89 to C23 and C++ all accept it without pedantic warnings. */
#define __LIBC_NORETURN __attribute__((__noreturn__))

/* In C++17 this makes the function type noexcept, which is visible in
   mangled names such as that of a template taking &memcpy; it is used
   exactly where wasi-libc uses it so that such names agree. */
#define __LIBC_NOTHROW __attribute__((__nothrow__))

#endif
