// portable
/* sysinfo: memory in units of mem_unit, the free part of the total, at
   least this process running, an uptime that does not go backwards. */
#include <string.h>
#include <sys/sysinfo.h>

#include "test.h"

int main(void)
{
	struct sysinfo a, b;

	memset(&a, 0x55, sizeof a);
	CHECK_EQ(sysinfo(&a), 0);
	CHECK(a.mem_unit >= 1);
	CHECK(a.totalram > 0);
	CHECK(a.freeram <= a.totalram);
	CHECK(a.freeswap <= a.totalswap);
	CHECK(a.procs >= 1);
	CHECK_EQ(sysinfo(&b), 0);
	CHECK(b.uptime >= a.uptime);
	CHECK(get_nprocs() >= 1);
	CHECK(get_nprocs_conf() >= get_nprocs());
	CHECK(get_phys_pages() > 0);
	CHECK(get_avphys_pages() <= get_phys_pages());
	return test_done();
}
