#include <stdlib.h>
#include "exit_impl.h"

/* The table stores one kind of handler; calling a function through a
   pointer of another type would trap in WebAssembly, so a plain handler is
   called from this adapter with the handler as its argument. */
static void call_plain(void *fn)
{
	((void (*)(void))fn)();
}

int atexit(void (*fn)(void))
{
	return __cxa_atexit(call_plain, (void *)fn, 0);
}
