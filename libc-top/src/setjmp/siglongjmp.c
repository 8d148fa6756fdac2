#include <signal.h>
#include "setjmp_impl.h"

_Noreturn void siglongjmp(sigjmp_buf env, int val)
{
	if (env->__mask_saved)
		sigprocmask(SIG_SETMASK, (sigset_t *)(void *)env->__mask, 0);
	__wasm_longjmp(env, val);
}
