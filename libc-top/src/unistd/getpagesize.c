#include <unistd.h>

/* The WebAssembly page: the unit by which linear memory grows. */
int getpagesize(void)
{
	return 65536;
}
