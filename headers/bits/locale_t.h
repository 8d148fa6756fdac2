#ifndef _BITS_LOCALE_T_H
#define _BITS_LOCALE_T_H

/* Opaque; the tag is part of the C++ ABI. */
typedef struct __locale_struct *locale_t;

#endif
