#include <stdint.h>
#include <stdlib.h>
#include <sys/random.h>
#include <unistd.h>
#include "libc.h"
#include "reserved.h"

/* The three symbols of the stack protector, together since each is
   useless without the others.

   -fstack-protector compares each protected frame's canary with
   __stack_chk_guard on return and calls __stack_chk_fail on a mismatch.
   The guard is drawn from WASI's random_get before any user constructor
   runs, so no frame that checks it can have been entered before it
   changes. Its low byte is kept zero so that a string overflow, which
   cannot write a NUL in the middle, cannot reproduce it. */
uintptr_t __stack_chk_guard;

__attribute__((__constructor__(1))) static void init_guard(void)
{
	uintptr_t g;

	if (__getentropy(&g, sizeof g) == 0)
		__stack_chk_guard = g & ~(uintptr_t)0xff;
}

_Noreturn void __stack_chk_fail(void)
{
	static const char msg[] = "stack smashing detected\n";

	write(2, msg, sizeof msg - 1);
	abort();
}

/* The name objects built with -fPIC call within the same module. */
weak_alias(__stack_chk_fail, __stack_chk_fail_local);
