#ifndef THREAD_IMPL_H
#define THREAD_IMPL_H

/* Threads on a target with exactly one thread. Every synchronisation
   object is only ever touched by the thread that holds it, so a lock that
   is already taken can never be released by anybody else: where a real
   system would block forever, these functions fail with EDEADLK, and a
   wait with a deadline sleeps until the deadline and reports ETIMEDOUT. */

#include <pthread.h>
#include <semaphore.h>
#include <time.h>
#include "libc.h"

/* What pthread_t points at. There is one of these. */
struct __pthread {
	struct __ptcb *cleanup; /* pthread_cleanup_push stack, newest first */
	int detached;
	int cancel_disabled;
	int cancel_async;
	int cancel_pending;
};

hidden extern struct __pthread __thread_main;

/* pthread_mutex_t: the word layout of the public union's __i[]. */
#define MUTEX_KIND(m) ((m)->__u.__i[0])  /* attribute bits, below */
#define MUTEX_COUNT(m) ((m)->__u.__i[1]) /* times locked; 0 when free */

/* pthread_mutexattr_t.__attr and MUTEX_KIND share these bits, so that a
   zeroed mutex (PTHREAD_MUTEX_INITIALIZER) is a default one. */
#define MUTEX_TYPE_MASK 3u
#define MUTEX_ROBUST 4u
#define MUTEX_PSHARED 8u
#define MUTEX_PROTOCOL_SHIFT 4
#define MUTEX_PROTOCOL_MASK (3u << MUTEX_PROTOCOL_SHIFT)

/* pthread_cond_t: the clock of timed waits; null means CLOCK_REALTIME, so
   that PTHREAD_COND_INITIALIZER needs no code. */
#define COND_CLOCK(c) ((c)->__u.__p[0])

/* pthread_condattr_t.__attr */
#define CONDATTR_PSHARED 1u
#define CONDATTR_MONOTONIC 2u

/* pthread_rwlock_t */
#define RWLOCK_READERS(l) ((l)->__u.__i[0])
#define RWLOCK_WRITER(l) ((l)->__u.__i[1])

/* pthread_barrier_t */
#define BARRIER_COUNT(b) ((b)->__u.__i[0])

/* pthread_attr_t: sizes and the stack address in the unsigned long words,
   the rest in the int words after them. */
#define ATTR_STACKSIZE(a) ((a)->__u.__s[0])
#define ATTR_GUARDSIZE(a) ((a)->__u.__s[1])
#define ATTR_STACKADDR(a) ((a)->__u.__s[2])
#define ATTR_DETACH(a) ((a)->__u.__i[3])
#define ATTR_SCOPE(a) ((a)->__u.__i[4])
#define ATTR_POLICY(a) ((a)->__u.__i[5])
#define ATTR_PRIORITY(a) ((a)->__u.__i[6])
#define ATTR_INHERIT(a) ((a)->__u.__i[7])

/* wasm-ld's default stack; a program linked with another size still
   reports its real stack through pthread_getattr_np. */
#define DEFAULT_STACKSIZE 65536

/* sem_t: the count. */
#define SEM_VALUE(s) ((s)->__val[0])

/* A named semaphore: in the process's own table, since no other process
   could open it. `unlinked` ones have lost their name and wait for their
   last sem_close. */
struct __named_sem {
	struct __named_sem *next;
	sem_t sem;
	int refs;
	int unlinked;
	char name[];
};
hidden extern struct __named_sem *__named_sems;
hidden const char *__sem_name(const char *);

/* Sleeps until `at` on `clock` (an absolute time) and returns ETIMEDOUT,
   or EINVAL when `at` is not a valid time. */
hidden int __thread_wait_until(clockid_t clock, const struct timespec *at);

/* pthread_setconcurrency's hint. */
hidden extern int __thread_concurrency;

/* A key is in use while it has a destructor (a placeholder when it was
   created with none). */
struct __thread_key {
	void (*dtor)(void *);
	const void *value;
};
hidden extern struct __thread_key __thread_keys[];

/* Runs the key destructors, as at a thread's exit. */
hidden void __thread_run_dtors(void);

/* Acts on a pending cancellation if cancellation is enabled. */
hidden void __thread_testcancel(void);

/* The pthread functions that the C11 <threads.h> ones are built on;
   ISO C code calls only reserved names. */
int __pthread_mutex_init(pthread_mutex_t *__restrict, const pthread_mutexattr_t *__restrict);
int __pthread_mutex_destroy(pthread_mutex_t *);
int __pthread_mutex_lock(pthread_mutex_t *);
int __pthread_mutex_trylock(pthread_mutex_t *);
int __pthread_mutex_timedlock(pthread_mutex_t *__restrict, const struct timespec *__restrict);
int __pthread_mutex_unlock(pthread_mutex_t *);
int __pthread_rwlock_tryrdlock(pthread_rwlock_t *);
int __pthread_rwlock_trywrlock(pthread_rwlock_t *);
int __pthread_cond_timedwait(pthread_cond_t *__restrict, pthread_mutex_t *__restrict, const struct timespec *__restrict);
int __pthread_cond_wait(pthread_cond_t *__restrict, pthread_mutex_t *__restrict);
int __pthread_once(pthread_once_t *, void (*)(void));
int __pthread_key_create(pthread_key_t *, void (*)(void *));
int __pthread_key_delete(pthread_key_t);
void *__pthread_getspecific(pthread_key_t);
int __pthread_setspecific(pthread_key_t, const void *);
pthread_t __pthread_self(void);
int __pthread_detach(pthread_t);
int __pthread_join(pthread_t, void **);
_Noreturn void __pthread_exit(void *);

#endif
