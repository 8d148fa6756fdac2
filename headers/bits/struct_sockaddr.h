#ifndef _BITS_STRUCT_SOCKADDR_H
#define _BITS_STRUCT_SOCKADDR_H

#include <bits/sa_family_t.h>

/* Every sockaddr type is as aligned as max_align_t, so that any of them
   may be read through any other. */
#define __LIBC_SOCKADDR_ALIGN __attribute__((__aligned__(16)))

struct sockaddr {
	__LIBC_SOCKADDR_ALIGN sa_family_t sa_family;
	/* Zero-length, as in wasi-libc: addresses are read through the
	   specific sockaddr_* types. */
	__extension__ char sa_data[0];
};

#endif
