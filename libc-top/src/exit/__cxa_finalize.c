#include "exit_impl.h"

/* A static wasm program is one module: every handler __cxa_atexit
   recorded belongs to it, whatever `dso` says. Running them here consumes
   them, so exit() does not run them again. */
void __cxa_finalize(void *);

void __cxa_finalize(void *dso)
{
	(void)dso;
	__run_atexit();
}
