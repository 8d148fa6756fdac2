#include <unistd.h>

/* No parent is visible to a WASI program; report none (0). */
pid_t getppid(void)
{
	return 0;
}
