#include <sys/sysinfo.h>

/* The physical memory a wasm32 program can have: its whole 4 GiB address
   space, in pages of getpagesize() (64 KiB). */
long get_phys_pages(void)
{
	return 65536;
}
