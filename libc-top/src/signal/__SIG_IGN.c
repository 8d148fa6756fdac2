#include <signal.h>

/* Never called: its address is SIG_IGN, distinct from every handler. */
void __SIG_IGN(int sig)
{
	(void)sig;
}
