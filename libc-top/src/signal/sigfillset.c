#include <signal.h>
#include "signal_impl.h"

/* Every bit is a signal: 64 bits for signals 1 to NSIG - 1. */
int sigfillset(sigset_t *set)
{
	for (unsigned i = 0; i < SIGSET_WORDS; i++)
		set->__bits[i] = ~0UL;
	return 0;
}
