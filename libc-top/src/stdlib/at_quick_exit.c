#include <stdlib.h>
#include "quick_exit_impl.h"

void (*__quick_exit_fns[QUICK_EXIT_MAX])(void);
int __quick_exit_count;

int at_quick_exit(void (*fn)(void))
{
	if (__quick_exit_count == QUICK_EXIT_MAX)
		return -1;
	__quick_exit_fns[__quick_exit_count++] = fn;
	return 0;
}
