#ifndef _SYS_UN_H
#define _SYS_UN_H

#include <features.h>
#include <bits/sa_family_t.h>
#include <bits/struct_sockaddr.h>
#if defined(__LIBC_BSD)
#include <bits/size_t.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* WASI has no Unix-domain sockets; the type exists for code that names it. */
struct sockaddr_un {
	__LIBC_SOCKADDR_ALIGN sa_family_t sun_family;
};

#if defined(__LIBC_BSD)
/* The length of an address: for source compatibility only, as this
   struct has no sun_path here. */
size_t strlen(const char *);
#define SUN_LEN(s) (2 + strlen((s)->sun_path))
#endif

#ifdef __cplusplus
}
#endif

#endif
