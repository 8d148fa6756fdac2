#ifndef _BITS_STRUCT_SOCKADDR_STORAGE_H
#define _BITS_STRUCT_SOCKADDR_STORAGE_H

#include <bits/sa_family_t.h>
#include <bits/struct_sockaddr.h>

struct sockaddr_storage {
	__LIBC_SOCKADDR_ALIGN sa_family_t ss_family;
	char __ss_data[32];
};

#endif
