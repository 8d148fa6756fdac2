#ifndef _SCHED_H
#define _SCHED_H

#ifdef __cplusplus
extern "C" {
#endif

/* One thread, no priorities: yielding is all there is. */
int sched_yield(void);

#ifdef __cplusplus
}
#endif

#endif
