#ifndef _BITS_CND_T_H
#define _BITS_CND_T_H

/* The same layout as pthread_cond_t, as a distinct type. */
typedef struct {
	union {
		int __i[12];
		volatile int __vi[12];
		void *__p[12];
	} __u;
} cnd_t;

#endif
