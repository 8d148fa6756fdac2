#include <errno.h>
#include "thread_impl.h"

enum { NOT_RUN, RUNNING, DONE };

int __pthread_once(pthread_once_t *once, void (*fn)(void))
{
	if (*once == DONE)
		return 0;
	/* The routine called pthread_once on its own control (or left by
	   longjmp): waiting for it to finish would never end. */
	if (*once == RUNNING)
		return EDEADLK;
	*once = RUNNING;
	fn();
	*once = DONE;
	return 0;
}

weak_alias(__pthread_once, pthread_once);
