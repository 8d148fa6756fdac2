#ifndef _SIGNAL_H
#define _SIGNAL_H

/* WASI delivers no signals. What is here is what a single process can do
   to itself: signal() records a handler and raise() runs it, or performs
   the default action (which for most signals ends the program).
   wasi-libc hides this header behind -D_WASI_EMULATED_SIGNAL; here it
   always compiles, and the functions live in libc itself. */

#include <features.h>

#if defined(__LIBC_POSIX)
#include <bits/pid_t.h>
#include <bits/sigset_t.h>
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

#if defined(__LIBC_XSI)
void psignal(int, const char *);
void (*bsd_signal(int, void (*)(int)))(int);
#endif

#if defined(__LIBC_BSD)
#define _NSIG 65
#define NSIG _NSIG
typedef void (*sig_t)(int);
#endif

#if defined(__LIBC_GNU)
typedef void (*sighandler_t)(int);
#endif

#ifdef __cplusplus
}
#endif

#endif
