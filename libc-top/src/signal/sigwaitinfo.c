#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include "signal_impl.h"

/* As sigwait: a pending signal, or EDEADLK when there is none. */
int sigwaitinfo(const sigset_t *restrict set, siginfo_t *restrict info)
{
	int sig = __sig_take(set);
	if (!sig) {
		errno = EDEADLK;
		return -1;
	}
	if (info)
		*info = (siginfo_t){.si_signo = sig, .si_code = SI_USER, .si_pid = __getpid()};
	return sig;
}
