#include <threads.h>
#include "thread_impl.h"

/* once_flag and pthread_once_t are the same int with the same zero. */
void call_once(once_flag *flag, void (*fn)(void))
{
	__pthread_once(flag, fn);
}
