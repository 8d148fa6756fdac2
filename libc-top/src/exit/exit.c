#include <stdlib.h>
#include "exit_impl.h"
#include "stdio_impl.h"

/* Stand-ins used when the program links neither atexit machinery nor stdio;
   the real definitions are strong and replace them. */
static void nothing(void)
{
}

weak_alias(nothing, __run_atexit);
weak_alias(nothing, __stdio_exit);

_Noreturn void exit(int status)
{
	__run_atexit();
	__stdio_exit();
	_Exit(status);
}
