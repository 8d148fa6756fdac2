#include <errno.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include "signal_impl.h"

/* A pending signal, or, with none, the whole timeout and EAGAIN, since
   nothing can arrive meanwhile. */
int sigtimedwait(const sigset_t *restrict set, siginfo_t *restrict info,
		 const struct timespec *restrict timeout)
{
	int sig = __sig_take(set);
	if (!sig) {
		if (timeout && nanosleep(timeout, 0))
			return -1;
		errno = timeout ? EAGAIN : EDEADLK;
		return -1;
	}
	if (info)
		*info = (siginfo_t){.si_signo = sig, .si_code = SI_USER, .si_pid = __getpid()};
	return sig;
}
