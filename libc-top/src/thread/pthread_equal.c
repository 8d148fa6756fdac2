#include <pthread.h>

/* The header's macro is the usual way in; this is for a call through a
   pointer or with the macro suppressed. */
int (pthread_equal)(pthread_t a, pthread_t b)
{
	return a == b;
}
