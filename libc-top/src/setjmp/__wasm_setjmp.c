#include "setjmp_impl.h"

void __wasm_setjmp(void *env, unsigned label, void *invocation)
{
	struct __jmp_buf_tag *b = env;
	b->__invocation = invocation;
	b->__label = label;
}
