#ifndef _BITS_FILE_H
#define _BITS_FILE_H

/* Opaque to programs; the tag is part of the C++ ABI (it appears in mangled names). */
typedef struct _IO_FILE FILE;

#endif
