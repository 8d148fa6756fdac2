#include "signal_impl.h"

int __sig_take(const sigset_t *set)
{
	for (int sig = 1; sig < NSIG; sig++) {
		if (__sig_has(set, sig) && __sig_has(&__sig_pending, sig)) {
			*__sig_word(&__sig_pending, sig) &= ~__sig_bit(sig);
			return sig;
		}
	}
	return 0;
}
