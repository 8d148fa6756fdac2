#include <signal.h>
#include "signal_impl.h"

int sigandset(sigset_t *dst, const sigset_t *a, const sigset_t *b)
{
	for (unsigned i = 0; i < SIGSET_WORDS; i++)
		dst->__bits[i] = a->__bits[i] & b->__bits[i];
	return 0;
}
