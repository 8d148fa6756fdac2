#include <signal.h>

/* Never called: its address is SIG_ERR, distinct from every handler. */
void __SIG_ERR(int sig)
{
	(void)sig;
}
