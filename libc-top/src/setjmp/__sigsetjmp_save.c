#include <signal.h>
#include "setjmp_impl.h"

_Static_assert(sizeof(((struct __jmp_buf_tag *)0)->__mask) == sizeof(sigset_t),
	       "jmp_buf holds a sigset_t");

/* The first half of sigsetjmp: the mask, when asked, before setjmp. */
int __sigsetjmp_save(sigjmp_buf env, int save)
{
	env->__mask_saved = save != 0;
	if (save)
		sigprocmask(SIG_BLOCK, 0, (sigset_t *)(void *)env->__mask);
	return 0;
}
