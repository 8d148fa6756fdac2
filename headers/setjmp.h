#ifndef _SETJMP_H
#define _SETJMP_H

/* WebAssembly cannot save and restore its own stack, so setjmp and
   longjmp need the compiler: clang given `-mllvm -wasm-enable-sjlj`
   turns them into the exception-handling proposal's instructions and
   calls this libc's __wasm_setjmp, __wasm_setjmp_test and __wasm_longjmp.
   Such a program needs an engine with exception handling (wasi-run's has
   none; see docs/posix.md). Without the option, calling them is a
   compile-time error rather than a program that cannot work. */

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Which setjmp call, in which invocation of its function; then the signal
   mask sigsetjmp saved, laid out as a sigset_t. */
typedef struct __jmp_buf_tag {
	void *__invocation;
	unsigned __label;
	int __mask_saved;
	unsigned long __mask[64 / (8 * sizeof(unsigned long))];
} jmp_buf[1];

#if defined(__wasm_exception_handling__)
#define __SJLJ_REQUIRED
#else
#define __SJLJ_REQUIRED \
	__attribute__((__unavailable__("setjmp/longjmp on WebAssembly need clang's -mllvm -wasm-enable-sjlj and an engine with exception handling")))
#endif

/* The compiler recognises calls by these names, so the macros C asks for
   name the functions themselves. */
int setjmp(jmp_buf) __attribute__((__returns_twice__)) __SJLJ_REQUIRED;
__attribute__((__noreturn__)) void longjmp(jmp_buf, int) __SJLJ_REQUIRED;
#define setjmp setjmp

#if defined(__LIBC_POSIX)
typedef jmp_buf sigjmp_buf;
int __sigsetjmp_save(sigjmp_buf, int) __SJLJ_REQUIRED;
__attribute__((__noreturn__)) void siglongjmp(sigjmp_buf, int) __SJLJ_REQUIRED;
#define sigsetjmp(env, save) (__sigsetjmp_save((env), (save)), setjmp(env))
#endif

#if defined(__LIBC_XSI)
#define _setjmp(env) setjmp(env)
#define _longjmp(env, val) longjmp((env), (val))
#endif

#ifdef __cplusplus
}
#endif

#endif
