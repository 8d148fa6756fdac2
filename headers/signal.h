#ifndef _SIGNAL_H
#define _SIGNAL_H

/* WASI delivers no signals. What is here is what a single process can do
   to itself, synchronously: signal() and sigaction() record a handler and
   raise() (or kill() of the process itself) runs it at once, or performs
   the default action, which for most signals ends the program with exit
   status 128 + the signal number. A blocked signal stays pending until it
   is unblocked. wasi-libc hides this header behind -D_WASI_EMULATED_SIGNAL;
   here it always compiles, and the functions live in libc itself. See
   docs/posix.md. */

#include <features.h>

#if defined(__LIBC_POSIX)
#include <bits/pid_t.h>
#include <bits/pthread_t.h>
#include <bits/sigset_t.h>
#include <bits/struct_timespec.h>
#include <bits/time_t.h>
#include <bits/uid_t.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef long sig_atomic_t;

/* The Linux numbers, which programs and wasi-libc share. */
#define SIGHUP 1
#define SIGINT 2
#define SIGQUIT 3
#define SIGILL 4
#define SIGTRAP 5
#define SIGABRT 6
#define SIGIOT SIGABRT
#define SIGBUS 7
#define SIGFPE 8
#define SIGKILL 9
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGSTKFLT 16
#define SIGCHLD 17
#define SIGCONT 18
#define SIGSTOP 19
#define SIGTSTP 20
#define SIGTTIN 21
#define SIGTTOU 22
#define SIGURG 23
#define SIGXCPU 24
#define SIGXFSZ 25
#define SIGVTALRM 26
#define SIGPROF 27
#define SIGWINCH 28
#define SIGIO 29
#define SIGPOLL 29
#define SIGPWR 30
#define SIGSYS 31
#define SIGUNUSED SIGSYS

/* The special handlers are distinct functions, so that they compare
   unequal to each other and to any real handler. */
void __SIG_ERR(int);
void __SIG_IGN(int);
#define SIG_ERR (__SIG_ERR)
#define SIG_DFL ((void (*)(int))0)
#define SIG_IGN (__SIG_IGN)

void (*signal(int, void (*)(int)))(int);
int raise(int);

#if defined(__LIBC_POSIX)
#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

#define SI_USER 0
#define SI_QUEUE (-1)
#define SI_TIMER (-2)
#define SI_MESGQ (-3)
#define SI_ASYNCIO (-4)

#define SA_NOCLDSTOP 1
#define SA_NOCLDWAIT 2
#define SA_SIGINFO 4
#define SA_ONSTACK 0x08000000
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000

union sigval {
	int sival_int;
	void *sival_ptr;
};

typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
	pid_t si_pid;
	uid_t si_uid;
	int si_status;
	void *si_addr;
	long si_band;
	union sigval si_value;
} siginfo_t;

struct sigaction {
	union {
		void (*__handler)(int);
		void (*__action)(int, siginfo_t *, void *);
	} __u;
	sigset_t sa_mask;
	int sa_flags;
};
#define sa_handler __u.__handler
#define sa_sigaction __u.__action

int kill(pid_t, int);
int sigaction(int, const struct sigaction *__restrict, struct sigaction *__restrict);
int sigemptyset(sigset_t *);
int sigfillset(sigset_t *);
int sigaddset(sigset_t *, int);
int sigdelset(sigset_t *, int);
int sigismember(const sigset_t *, int);
int sigprocmask(int, const sigset_t *__restrict, sigset_t *__restrict);
int sigpending(sigset_t *);
int sigsuspend(const sigset_t *);
int sigwait(const sigset_t *__restrict, int *__restrict);
int sigwaitinfo(const sigset_t *__restrict, siginfo_t *__restrict);
int sigtimedwait(const sigset_t *__restrict, siginfo_t *__restrict, const struct timespec *__restrict);
int pthread_sigmask(int, const sigset_t *__restrict, sigset_t *__restrict);
int pthread_kill(pthread_t, int);
#endif

#if defined(__LIBC_XSI)
void psignal(int, const char *);
void psiginfo(const siginfo_t *, const char *);
void (*bsd_signal(int, void (*)(int)))(int);
#endif

#if defined(__LIBC_BSD)
#define _NSIG 65
#define NSIG _NSIG
typedef void (*sig_t)(int);
#endif

#if defined(__LIBC_GNU)
typedef void (*sighandler_t)(int);
int sigisemptyset(const sigset_t *);
int sigorset(sigset_t *, const sigset_t *, const sigset_t *);
int sigandset(sigset_t *, const sigset_t *, const sigset_t *);
#endif

#ifdef __cplusplus
}
#endif

#endif
