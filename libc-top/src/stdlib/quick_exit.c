#include <stdlib.h>
#include "quick_exit_impl.h"

/* Weak, so that a program which never registers a handler does not link
   the table. */
weak void (*__quick_exit_fns[QUICK_EXIT_MAX])(void);
weak int __quick_exit_count;

/* Newest first; no atexit handler runs and no stream is flushed. */
void quick_exit(int status)
{
	while (__quick_exit_count > 0)
		__quick_exit_fns[--__quick_exit_count]();
	_Exit(status);
}
