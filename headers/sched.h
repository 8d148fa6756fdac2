#ifndef _SCHED_H
#define _SCHED_H

/* One thread with one priority: SCHED_OTHER at priority 0 is the only
   scheduling there is, and yielding returns at once. */

#include <features.h>

#if defined(__LIBC_POSIX)
#include <bits/pid_t.h>
#include <bits/struct_timespec.h>
#include <bits/time_t.h>
#endif

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
int sched_getparam(pid_t, struct sched_param *);
int sched_getscheduler(pid_t);
int sched_setparam(pid_t, const struct sched_param *);
int sched_setscheduler(pid_t, int, const struct sched_param *);
int sched_rr_get_interval(pid_t, struct timespec *);
#endif

#ifdef __cplusplus
}
#endif

#endif
