#include <errno.h>
#include <signal.h>
#include "signal_impl.h"

/* Returns once a pending signal the temporary mask lets through has been
   caught by a handler. With none pending, nothing could ever arrive: instead of
   waiting forever, it fails with EDEADLK. */
int sigsuspend(const sigset_t *mask)
{
	sigset_t saved = __sig_mask;
	int any = 0;
	__sig_mask = *mask;
	__sig_unblockable(&__sig_mask);
	for (int sig = 1; sig < NSIG; sig++)
		if (__sig_has(&__sig_pending, sig) && !__sig_has(&__sig_mask, sig) &&
		    __sig_actions[sig].sa_handler != SIG_DFL &&
		    __sig_actions[sig].sa_handler != SIG_IGN)
			any = 1;
	__sig_flush();
	__sig_mask = saved;
	__sig_flush();
	errno = any ? EINTR : EDEADLK;
	return -1;
}
