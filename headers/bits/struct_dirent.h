#ifndef _BITS_STRUCT_DIRENT_H
#define _BITS_STRUCT_DIRENT_H

#include <bits/ino_t.h>

struct dirent {
	ino_t d_ino;
	unsigned char d_type;
#ifdef __cplusplus
	/* C++ has no flexible array members; a zero-length array is laid out
	   the same way. */
	__extension__ char d_name[0];
#else
	char d_name[];
#endif
};

#endif
