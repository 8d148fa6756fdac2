#ifndef _SEMAPHORE_H
#define _SEMAPHORE_H

#include <features.h>
#include <fcntl.h>
#include <bits/struct_timespec.h>
#include <bits/time_t.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	volatile int __val[4];
} sem_t;

#define SEM_FAILED ((sem_t *)0)

int sem_close(sem_t *);
int sem_destroy(sem_t *);
int sem_getvalue(sem_t *__restrict, int *__restrict);
int sem_init(sem_t *, int, unsigned);
sem_t *sem_open(const char *, int, ...);
int sem_post(sem_t *);
int sem_timedwait(sem_t *__restrict, const struct timespec *__restrict);
int sem_trywait(sem_t *);
int sem_unlink(const char *);
int sem_wait(sem_t *);

#ifdef __cplusplus
}
#endif

#endif
