#include <sys/sysinfo.h>

/* WASI preview 1 programs run on one thread. */
int get_nprocs(void)
{
	return 1;
}
