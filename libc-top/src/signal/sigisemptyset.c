#include <signal.h>
#include "signal_impl.h"

int sigisemptyset(const sigset_t *set)
{
	for (unsigned i = 0; i < SIGSET_WORDS; i++)
		if (set->__bits[i])
			return 0;
	return 1;
}
