#include <signal.h>

void (*bsd_signal(int sig, void (*handler)(int)))(int)
{
	return signal(sig, handler);
}
