#include <string.h>
#include <sys/sysinfo.h>
#include <time.h>
#include "libc.h"

int __sysinfo(struct sysinfo *);

/* Memory is counted in 64 KiB pages (mem_unit), as the 4 GiB address
   space would not fit in an unsigned long of bytes: all of it is "RAM",
   what linear memory could still grow by is free. No swap, no load, one
   process; the uptime is the monotonic clock's. */
int __sysinfo(struct sysinfo *si)
{
	struct timespec now;

	memset(si, 0, sizeof *si);
	if (clock_gettime(CLOCK_MONOTONIC, &now) == 0)
		si->uptime = (unsigned long)now.tv_sec;
	si->totalram = (unsigned long)get_phys_pages();
	si->freeram = (unsigned long)get_avphys_pages();
	si->procs = 1;
	si->mem_unit = 65536;
	return 0;
}

weak_alias(__sysinfo, sysinfo);
