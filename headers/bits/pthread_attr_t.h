#ifndef _BITS_PTHREAD_ATTR_T_H
#define _BITS_PTHREAD_ATTR_T_H

typedef struct {
	union {
		int __i[9];
		volatile int __vi[9];
		unsigned long __s[9];
	} __u;
} pthread_attr_t;

#endif
