#include <signal.h>

int sigemptyset(sigset_t *set)
{
	*set = (sigset_t){{0}};
	return 0;
}
