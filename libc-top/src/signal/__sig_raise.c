#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include "signal_impl.h"

struct sigaction __sig_actions[NSIG];
sigset_t __sig_mask;
sigset_t __sig_pending;

/* The default action. Signals whose default is to ignore them are
   ignored; so are the stop signals, since no job control could ever
   continue a stopped program. The rest end the program as a shell
   reports a death by signal, with status 128 + the signal, without
   flushing streams or running exit handlers; SIGABRT ends it as
   abort() does, with a trap. */
static void default_action(int sig)
{
	switch (sig) {
	case SIGCHLD:
	case SIGCONT:
	case SIGURG:
	case SIGWINCH:
	case SIGSTOP:
	case SIGTSTP:
	case SIGTTIN:
	case SIGTTOU:
		return;
	case SIGABRT:
		__builtin_trap();
	default:
		_Exit(128 + sig);
	}
}

static void deliver(int sig)
{
	struct sigaction *sa = &__sig_actions[sig];
	if (sa->sa_handler == SIG_IGN)
		return;
	if (sa->sa_handler == SIG_DFL) {
		default_action(sig);
		return;
	}
	struct sigaction now = *sa;
	if (now.sa_flags & SA_RESETHAND) {
		sa->sa_handler = SIG_DFL;
		sa->sa_flags &= ~SA_SIGINFO;
	}
	/* While the handler runs, its sa_mask and the signal itself are
	   blocked (unless SA_NODEFER). */
	sigset_t saved = __sig_mask;
	for (unsigned i = 0; i < SIGSET_WORDS; i++)
		__sig_mask.__bits[i] |= now.sa_mask.__bits[i];
	if (!(now.sa_flags & SA_NODEFER))
		*__sig_word(&__sig_mask, sig) |= __sig_bit(sig);
	__sig_unblockable(&__sig_mask);
	if (now.sa_flags & SA_SIGINFO) {
		siginfo_t info = {.si_signo = sig, .si_code = SI_USER, .si_pid = __getpid()};
		now.sa_sigaction(sig, &info, 0);
	} else {
		now.sa_handler(sig);
	}
	__sig_mask = saved;
	__sig_flush();
}

void __sig_raise(int sig)
{
	if (__sig_has(&__sig_mask, sig))
		*__sig_word(&__sig_pending, sig) |= __sig_bit(sig);
	else
		deliver(sig);
}

void __sig_flush(void)
{
	for (int sig = 1; sig < NSIG; sig++) {
		if (__sig_has(&__sig_pending, sig) && !__sig_has(&__sig_mask, sig)) {
			*__sig_word(&__sig_pending, sig) &= ~__sig_bit(sig);
			deliver(sig);
			/* A handler may have raised or unblocked others. */
			sig = 0;
		}
	}
}

void __sig_unblockable(sigset_t *set)
{
	*__sig_word(set, SIGKILL) &= ~__sig_bit(SIGKILL);
	*__sig_word(set, SIGSTOP) &= ~__sig_bit(SIGSTOP);
}

/* abort's first step in a program that uses signals: SIGABRT goes to an
   installed handler, even while blocked (POSIX has abort override the
   mask). An ignored SIGABRT, or a handler that returns, still ends the
   program: abort traps next. It lives here, with the state every use of
   signals links, because abort refers to it weakly. */
void __sig_abort(void)
{
	*__sig_word(&__sig_mask, SIGABRT) &= ~__sig_bit(SIGABRT);
	*__sig_word(&__sig_pending, SIGABRT) &= ~__sig_bit(SIGABRT);
	void (*handler)(int) = __sig_actions[SIGABRT].sa_handler;
	if (handler != SIG_DFL && handler != SIG_IGN)
		__sig_raise(SIGABRT);
}
