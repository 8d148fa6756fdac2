#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include "signal_impl.h"

int pthread_kill(pthread_t t, int sig)
{
	if (sig != 0 && !__sig_valid(sig))
		return EINVAL;
	if (t != pthread_self())
		return ESRCH;
	if (sig)
		__sig_raise(sig);
	return 0;
}
