#include <errno.h>
#include <signal.h>
#include "signal_impl.h"

/* Only a signal the process already raised (blocked, so still pending)
   can be waited for; with none, waiting would never end: EDEADLK. */
int sigwait(const sigset_t *restrict set, int *restrict sig)
{
	int s = __sig_take(set);
	if (!s)
		return EDEADLK;
	*sig = s;
	return 0;
}
