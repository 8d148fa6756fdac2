#ifndef _BITS_STRUCT_POLLFD_H
#define _BITS_STRUCT_POLLFD_H

struct pollfd {
	int fd;
	short events;
	short revents;
};

#endif
