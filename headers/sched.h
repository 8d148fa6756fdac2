#ifndef _SCHED_H
#define _SCHED_H

/* One thread with one priority: SCHED_OTHER at priority 0 is the only
   scheduling there is, and yielding returns at once. */

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

int sched_yield(void);

#if defined(__LIBC_POSIX)
struct sched_param {
	int sched_priority;
};

#define SCHED_OTHER 0
#define SCHED_FIFO 1
#define SCHED_RR 2

int sched_get_priority_max(int);
int sched_get_priority_min(int);
#endif

#ifdef __cplusplus
}
#endif

#endif
