#include <sys/sysinfo.h>

/* What memory.grow could still add: the address space not yet in linear
   memory. The runtime may refuse to grow sooner. */
long get_avphys_pages(void)
{
	return 65536 - (long)__builtin_wasm_memory_size(0);
}
