#include <errno.h>
#include <signal.h>
#include "signal_impl.h"

/* BSD semantics, as glibc's: the handler stays installed, and the signal
   is blocked while its handler runs. */
void (*signal(int sig, void (*handler)(int)))(int)
{
	struct sigaction sa = {.sa_handler = handler, .sa_flags = SA_RESTART}, old;
	if (__sigaction(sig, &sa, &old))
		return SIG_ERR;
	return old.sa_handler;
}
