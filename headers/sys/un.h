#ifndef _SYS_UN_H
#define _SYS_UN_H

#include <features.h>
#include <bits/sa_family_t.h>
#include <bits/struct_sockaddr.h>

#ifdef __cplusplus
extern "C" {
#endif

/* WASI has no Unix-domain sockets; the type exists for code that names it. */
struct sockaddr_un {
	__LIBC_SOCKADDR_ALIGN sa_family_t sun_family;
};

#ifdef __cplusplus
}
#endif

#endif
