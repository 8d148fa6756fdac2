/* What a wasm32-wasip1 program learns of its system: fixed names
   (docs/posix.md), one processor, a 4 GiB address space of 64 KiB
   pages, host id 0. */
#define _GNU_SOURCE
#include <string.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "errcheck.h"

int getdomainname(char *, size_t);

int main(void)
{
	struct utsname u;
	char buf[16];

	memset(&u, 'x', sizeof u);
	CHECK_EQ(uname(&u), 0);
	printf("sysname=%s nodename=%s release=%s version=%s machine=%s domainname=[%s]\n",
	       u.sysname, u.nodename, u.release, u.version, u.machine, u.domainname);
	/* The rest of each field is zeroed. */
	CHECK_EQ(u.machine[sizeof u.machine - 1], 0);

	CHECK_EQ(gethostname(buf, sizeof buf), 0);
	CHECK(strcmp(buf, u.nodename) == 0);
	CHECK_EQ(gethostname(buf, 10), 0);
	/* "localhost" and its NUL need 10 bytes. */
	CHECK_ERR(gethostname(buf, NUM((size_t)9)), ENAMETOOLONG);
	CHECK_EQ(getdomainname(buf, sizeof buf), 0);
	CHECK(strcmp(buf, u.domainname) == 0);
	CHECK_ERR(getdomainname(buf, NUM((size_t)0)), ENAMETOOLONG);
	CHECK_EQ(gethostid(), 0);

	CHECK_EQ(get_nprocs(), 1);
	CHECK_EQ(get_nprocs_conf(), 1);
	CHECK_EQ(get_phys_pages(), 65536);
	long avail = get_avphys_pages();
	CHECK(avail > 0 && avail < 65536);
	CHECK_EQ(avail + (long)__builtin_wasm_memory_size(0), 65536);
	return test_done();
}
