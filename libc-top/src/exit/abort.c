#include <stdlib.h>
#include "libc.h"

/* Defined with the signal state, which a program links only if it uses
   signals: a weak reference keeps abort from pulling it in. */
hidden weak void __sig_abort(void);

/* Abnormal termination is a trap: streams are not flushed and exit
   handlers do not run. A SIGABRT handler the program installed runs
   first, and may leave by exit or longjmp instead. */
_Noreturn void abort(void)
{
	if (__sig_abort)
		__sig_abort();
	__builtin_trap();
}
