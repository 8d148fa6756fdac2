#include "setjmp_impl.h"

/* The label to resume at, or 0 when env belongs to another invocation
   (and the catching function passes the longjmp on). */
unsigned __wasm_setjmp_test(void *env, void *invocation)
{
	struct __jmp_buf_tag *b = env;
	return b->__invocation == invocation ? b->__label : 0;
}
