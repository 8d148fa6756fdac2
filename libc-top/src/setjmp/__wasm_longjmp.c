#include "setjmp_impl.h"

/* The compiler reads the thrown pointer as these two words. The record
   outlives the throw; one suffices, as there is one thread. */
static struct {
	void *env;
	int val;
} thrown;

/* The tag clang's lowering catches, defined weak as the compiler does
   in every object that catches it, since this object only throws it. */
__asm__(".tagtype __c_longjmp i32\n"
	".weak __c_longjmp\n"
	"__c_longjmp:\n");

/* Only this function needs the proposal's instructions, so only a
   program that longjmps links them. */
__attribute__((__target__("exception-handling")))
_Noreturn void __wasm_longjmp(void *env, int val)
{
	thrown.env = env;
	thrown.val = val ? val : 1;
	__builtin_wasm_throw(1, &thrown);
}
