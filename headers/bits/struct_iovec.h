#ifndef _BITS_STRUCT_IOVEC_H
#define _BITS_STRUCT_IOVEC_H

#include <bits/size_t.h>

struct iovec {
	void *iov_base;
	size_t iov_len;
};

#endif
